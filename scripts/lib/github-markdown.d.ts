export function hasCmarkGfm(): boolean
export function renderGfm(markdown: string): string
export const OWN_TAGS: string[]
export function renderedProblems(html: string): string[]
