/**
 * The child side of `nodeUtilityProcess`: runs a module as Electron's utilityProcess would, with
 * `process.parentPort`, whose postMessage delivers the value to the parent's 'message'
 * listeners. Here the port is Node's fork IPC channel. argv: [node, this file, module, ...args].
 */
import { pathToFileURL } from 'node:url';

const [modulePath] = process.argv.splice(2, 1);
if (!modulePath || !process.send) throw new Error('utilityProcessChild runs only through nodeUtilityProcess.fork(module)');
const send = process.send.bind(process);
Object.defineProperty(process, 'parentPort', { value: { postMessage: (message: unknown) => void send(message) } });
// A utility process ends with the app that started it; so a test runner that dies leaves no server behind.
process.on('disconnect', () => process.exit(1));

await import(pathToFileURL(modulePath).href);
