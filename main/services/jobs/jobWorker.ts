/** Entry of a job worker thread (node:worker_threads): serves the app's jobs (jobs.ts). */
import { JOBS } from './jobs.ts';
import { serveJobs } from './serveJobs.ts';

serveJobs(JOBS);
