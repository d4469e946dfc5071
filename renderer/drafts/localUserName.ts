/** The name this machine's user signs drafts and tracked changes with ('' when never set). */
export function localUserName(): string {
  return localStorage.getItem('vankien.userName') ?? '';
}

export function rememberUserName(name: string): void {
  if (name.trim()) localStorage.setItem('vankien.userName', name.trim());
}
