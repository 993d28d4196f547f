// Summarises a CPU profile of bench/processor/run.ts over its measured waves only (BENCH_WINDOWS),
// leaving out start-up, the requests and the relay's reads between waves.
import { readFileSync } from 'node:fs';
import { type CpuProfile, summariseCpuProfile } from '../write-api/profileSummary.ts';

const [profilePath, windowsPath] = process.argv.slice(2);
if (!profilePath || !windowsPath) throw new Error('usage: profile.ts <.cpuprofile> <windows.json>');
const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
const windows = JSON.parse(readFileSync(windowsPath, 'utf8')) as [number, number][];
console.log(summariseCpuProfile(profile, windows));
