/** "3 ý kiến của 2 đơn vị": how compilers count a cluster (a lone comment is "1 ý kiến của 1 đơn vị"). */
export function countLabel(comments: number, sources: number): string {
  return `${comments} ý kiến của ${sources} đơn vị`;
}
