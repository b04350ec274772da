// Steps through the app that more than one benchmark takes.

/** Imports `circuit` through the Import button, starts it, and waits for the countdown. */
export async function importAndStart(page, circuit) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (
    await chooser
  ).setFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(circuit)),
  })
  await page.getByRole('button', { name: /^Start/ }).click()
  await page.getByTestId('countdown').waitFor()
}
