export function hasCmarkGfm(): boolean
export function renderGfm(markdown: string): string
export const OWN_TAGS: string[]
export function textOf(html: string): string
export function wrappedLines(text: string, width: number): number
export function visibleLines(html: string, width?: number): { count: number; blocks: string[] }
export function renderedProblems(html: string): string[]
