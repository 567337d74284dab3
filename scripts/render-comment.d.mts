// Types of render-comment.mjs, for the tests that use it.
export declare const CHROMIUM: string;
export declare const COMMENT_WIDTH: number;
export declare function missingRenderer(): string[];
export declare function markdownToHtml(markdown: string): string;
export interface RenderFindings {
  rendered: string;
  charts: Array<{ svg: boolean; text: string; height: number }>;
  wrappedNumberCells: string[];
  scrollingTables: string[];
  height: number;
  /** the same, with every fold open */
  opened: { wrappedNumberCells: string[]; scrollingTables: string[]; height: number };
}
export declare function renderComment(options: { markdown: string; png?: string; mermaidPackage?: string }): Promise<RenderFindings>;
