#!/usr/bin/env node
// The `vankien` command. The CLI is TypeScript run directly by Node ≥ 24 (type stripping).
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`Văn Kiện Studio cần Node.js 24 trở lên (máy đang dùng ${process.versions.node}).`);
  process.exit(1);
}
await import('../main/cli/main.ts');
