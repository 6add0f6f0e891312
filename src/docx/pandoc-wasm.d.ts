/** Types for the parts of pandoc-wasm (Pandoc compiled to WebAssembly) that the DOCX step uses. */
declare module 'pandoc-wasm' {
  export interface PandocResult {
    stdout: string;
    stderr: string;
    warnings: { type: string; verbosity: string; pretty?: string }[];
    /** Input files plus the output file, as Blobs (or the strings passed in). */
    files: Record<string, Blob | string>;
  }
  /** Options as in a pandoc defaults file, e.g. { from: 'html', to: 'docx', 'output-file': 'out.docx' }. */
  export function convert(options: Record<string, unknown>, stdin: string | null, files: Record<string, Blob | string>): Promise<PandocResult>;
  export function query(options: { query: string; format?: string }): Promise<unknown>;
}
