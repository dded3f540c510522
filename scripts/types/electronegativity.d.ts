// Electronegativity ships no types; these cover the parts scripts/security-check.ts uses.
declare module '@doyensec/electronegativity' {
  export interface Level {
    value: number;
    name: string;
  }
  export interface Issue {
    id: string;
    file: string;
    location: { line: number; column: number };
    severity: Level;
    confidence: Level;
    description: string;
    manualReview: boolean;
  }
  export interface RunOptions {
    input: string;
    electronVersionOverride?: string;
    excludeFromScan?: string[];
    isRelative?: boolean;
  }
  export interface RunResult {
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: Issue[];
  }
  /** The scanner; with `forCli` false it returns the findings instead of printing them. */
  export default function run(options: RunOptions, forCli: false): Promise<RunResult>;
}

declare module '@doyensec/electronegativity/dist/loader' {
  /** Collects the files a directory scan will parse, exactly as the runner does. */
  export class LoaderDirectory {
    load(dir: string): Promise<void>;
    readonly list_files: Set<string>;
  }
}
