export function bundleForNode(entry: string, outDir: string, name: string): Promise<string>
