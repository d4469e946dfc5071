/** This machine's display name and cursor colour for collaborators, remembered locally. */
const COLOURS = ['#b3261e', '#1a73e8', '#188038', '#e37400', '#9334e6', '#007b83', '#c5221f', '#5f6368'];

export function localUser(): { name: string; color: string } {
  let name = localStorage.getItem('vankien.userName');
  if (!name) {
    name = `Người soạn ${Math.floor(Math.random() * 900 + 100)}`;
    localStorage.setItem('vankien.userName', name);
  }
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return { name, color: COLOURS[Math.abs(hash) % COLOURS.length] };
}
