// A private, headless desktop for a real screen reader: an X display (Xvfb), a session bus, the
// accessibility bus and Orca (with no synthesizer: see orca-customizations.py). Every process is
// started in a session of its own (setsid), so that it and whatever it spawns (dbus activations,
// the accessibility registry) is found again and stopped: at the end, on an error, on Ctrl-C and
// on the run's time-out (run.mjs). Nothing here touches the machine's own desktop or sound.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The Debian packages the screen-reader test needs (also installed by .ci/run). */
export const packages = [
  'orca',
  'xvfb',
  'xdotool',
  'at-spi2-core',
  'dbus',
  'dbus-x11',
  'dconf-gsettings-backend',
  'libglib2.0-bin',
  'python3-pyatspi',
  'gir1.2-atspi-2.0',
];

const programs = {
  orca: '/usr/bin/orca',
  Xvfb: '/usr/bin/Xvfb',
  xdotool: '/usr/bin/xdotool',
  'dbus-daemon': '/usr/bin/dbus-daemon',
  'at-spi-bus-launcher': '/usr/libexec/at-spi-bus-launcher',
  gsettings: '/usr/bin/gsettings',
};

/** The programs that are missing here, by name (empty when the test can run). */
export function missingPrograms() {
  return Object.entries(programs)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
}

/** Waits until `check()` returns something truthy, or throws `what` after `ms`. */
export async function waitFor(check, what, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

export class Desktop {
  /** Every desktop not yet stopped, for the run's time-out. */
  static running = new Set();

  constructor() {
    Desktop.running.add(this);
    this.dir = mkdtempSync(join(tmpdir(), 'dw-sr-'));
    this.children = [];
    this.display = `:${90 + Math.floor(Math.random() * 400)}`;
    const home = join(this.dir, 'home');
    const runtime = join(this.dir, 'run');
    for (const folder of [home, runtime, join(home, 'orca')]) mkdirSync(folder, { recursive: true, mode: 0o700 });
    this.orcaLog = join(this.dir, 'orca-debug.log');
    this.speechFile = join(this.dir, 'speech.jsonl');
    this.env = {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_CONFIG_HOME: join(home, 'config'),
      DISPLAY: this.display,
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(runtime, 'bus')}`,
      DW_SPEECH_FILE: this.speechFile,
    };
    // No sound card: any sound goes to ALSA's null device.
    writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  }

  /** Starts a program in a session of its own; its output goes to a log file in the run's folder. */
  start(name, command, args, env = {}) {
    const log = join(this.dir, `${name}.log`);
    writeFileSync(log, '');
    const child = spawn(command, args, {
      env: { ...this.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    child.stdout.on('data', (data) => chunks.push(data));
    child.stderr.on('data', (data) => chunks.push(data));
    child.on('exit', () => writeFileSync(log, Buffer.concat(chunks)));
    child.output = () => Buffer.concat(chunks).toString('utf8');
    this.children.push(child);
    return child;
  }

  async up(orcaCustomizations) {
    const x = this.start('xvfb', programs.Xvfb, [this.display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    await waitFor(() => existsSync(`/tmp/.X11-unix/X${this.display.slice(1)}`) || x.exitCode !== null, 'Xvfb');
    if (x.exitCode !== null) throw new Error(`Xvfb did not start: ${x.output()}`);
    const bus = this.env.DBUS_SESSION_BUS_ADDRESS.slice('unix:path='.length);
    this.start('dbus', programs['dbus-daemon'], [
      '--session',
      '--nofork',
      `--address=${this.env.DBUS_SESSION_BUS_ADDRESS}`,
    ]);
    await waitFor(() => existsSync(bus), 'the session bus');
    // Firefox and GTK read this setting; the bus launcher starts the accessibility bus now.
    execFileSync(programs.gsettings, ['set', 'org.gnome.desktop.interface', 'toolkit-accessibility', 'true'], {
      env: this.env,
    });
    this.start('at-spi', programs['at-spi-bus-launcher'], ['--launch-immediately']);
    // Orca waits, without a word, while another Orca of the same user runs: say so instead.
    const other = otherOrca();
    if (other) throw new Error(`Another Orca is running here (${other}); Orca waits for it to exit. Stop it first.`);
    const prefs = join(this.env.HOME, 'orca');
    writeFileSync(join(prefs, 'orca-customizations.py'), orcaCustomizations);
    this.start('orca', programs.orca, ['-u', prefs, '--debug', '--debug-file', this.orcaLog]);
    await waitFor(
      () => existsSync(this.orcaLog) && readFileSync(this.orcaLog, 'utf8').includes('Startup complete'),
      "Orca's start",
      30000,
    );
  }

  /** Sends keys to the X display (xdotool key names: Tab, Return, ctrl+Home, KP_Add). */
  key(...keys) {
    execFileSync(programs.xdotool, ['key', '--delay', '80', ...keys], { env: this.env });
  }

  /** Gives X focus to the first visible window of a program (no window manager here). */
  async focusWindow(windowClass) {
    const id = await waitFor(() => {
      try {
        return execFileSync(programs.xdotool, ['search', '--onlyvisible', '--class', windowClass], {
          env: this.env,
          encoding: 'utf8',
        })
          .trim()
          .split('\n')
          .at(-1);
      } catch {
        return undefined;
      }
    }, `a ${windowClass} window`);
    execFileSync(programs.xdotool, ['windowfocus', '--sync', id], { env: this.env });
    return id;
  }

  /** Stops one process and everything in its session. */
  stop(child, signal = 'SIGTERM') {
    killSession(child.pid, signal);
  }

  /** Stops everything this desktop started, and removes its folder unless `keep` is set. */
  async down({ keep = false } = {}) {
    Desktop.running.delete(this);
    for (const child of [...this.children].reverse()) killSession(child.pid, 'SIGTERM');
    await sleep(300);
    for (const child of this.children) killSession(child.pid, 'SIGKILL');
    if (!keep) rmSync(this.dir, { recursive: true, force: true });
  }
}

function otherOrca() {
  try {
    return execFileSync('pgrep', ['-a', '-x', 'orca'], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when there is none.
  }
}

/** Kills every process whose session is the one `leader` started (setsid made it the leader). */
function killSession(leader, signal) {
  let rows = [];
  try {
    rows = execFileSync('ps', ['-eo', 'pid=,sid='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number));
  } catch {
    // ps failed: fall back to the group alone.
  }
  const pids = new Set([leader, ...rows.filter(([, sid]) => sid === leader).map(([pid]) => pid)]);
  try {
    process.kill(-leader, signal);
  } catch {
    // The group is already gone.
  }
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}
