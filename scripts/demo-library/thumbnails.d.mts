export declare function makeDemoThumbnails(sourceDir: string, targetDir: string, sizes: readonly number[]): Promise<number>
