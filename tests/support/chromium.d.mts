export declare const CHROMIUM_PATH: string
export declare const EXECUTABLE: { executablePath?: string }
export declare const CHROMIUM_ARGS: string[]
export declare const HEADLESS_SHELL_PATH: string
export declare const TEST_EXECUTABLE: { executablePath?: string }
