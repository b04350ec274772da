import QRCode from 'qrcode'

/** QR codes made, by address: a machine has a handful, and they rarely change. */
const made = new Map<string, string>()

/** `url` as a QR code, an SVG data URL. */
export async function qrFor(url: string): Promise<string> {
  let dataUrl = made.get(url)
  if (dataUrl === undefined) {
    const svg = await QRCode.toString(url, { type: 'svg', margin: 2 })
    dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    if (made.size >= 16) made.clear()
    made.set(url, dataUrl)
  }
  return dataUrl
}
