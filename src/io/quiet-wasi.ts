/**
 * Node prints "ExperimentalWarning: WASI is an experimental feature" when Prism's WebAssembly is
 * loaded; it is not the user's concern. Only the two shells call this (it touches `process`).
 */
export function silenceWasiWarning(): void {
  const emit = process.emitWarning.bind(process)
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message
    if (/WASI/.test(text)) return
    return (emit as (...a: unknown[]) => void)(warning, ...rest)
  }) as typeof process.emitWarning
}
