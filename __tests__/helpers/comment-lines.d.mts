export declare const CMARK_ARGS: readonly string[]
export declare const LINE_WIDTH: number
export declare function hasCmarkGfm(): boolean
export declare function renderForCounting(markdown: string): string
export declare function withoutDetails(html: string): string
export interface CountedBlock {
  kind: string
  text: string
  lines: number
}
export declare function countLines(html: string): { count: number; codeLines: number; blocks: CountedBlock[] }
export declare function commentLines(markdown: string): { count: number; codeLines: number; blocks: CountedBlock[] }
