export function electronBuildDir(electronVersion: string): string;
