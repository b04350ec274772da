/** The id of the field a message's path names ("items[0].sets"), so the message can lead to it. */
export const fieldId = (path: string): string => `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`
