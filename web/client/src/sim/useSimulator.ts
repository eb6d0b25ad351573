import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartSpec, Text } from '../api/types.ts';
import type { FromWorker, Snapshot, Speed, ToWorker } from './protocol.ts';
import { PlotterModel } from './plotter.ts';

export type SimStatus = 'idle' | 'running' | 'paused' | 'crashed';

export interface Program {
  hex: string;
  parts: PartSpec[];
  scene?: unknown;
  stackLimit?: number;
}

/** Serial text kept for the monitor; older text scrolls away (a sketch may print forever). */
const SERIAL_KEEP = 20_000;

export interface Simulator {
  status: SimStatus;
  snapshot: Snapshot | null;
  serial: string;
  plotter: PlotterModel;
  /** Bumped whenever the plotter gets data, so its canvas redraws. */
  plotVersion: number;
  speed: Speed;
  crash: Text | null;
  warning: string | null;
  run(program: Program): void;
  pause(): void;
  resume(): void;
  reset(): void;
  stop(): void;
  setSpeed(speed: Speed): void;
  sendSerial(text: string): void;
  input(partId: string, action: string, value?: number): void;
  clearSerial(): void;
}

export function useSimulator(): Simulator {
  const worker = useRef<Worker | null>(null);
  const program = useRef<Program | null>(null);
  const plotter = useRef(new PlotterModel());
  const [status, setStatus] = useState<SimStatus>('idle');
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [serial, setSerial] = useState('');
  const [plotVersion, setPlotVersion] = useState(0);
  const [speed, setSpeedState] = useState<Speed>(1);
  const speedRef = useRef<Speed>(1);
  const [crash, setCrash] = useState<Text | null>(null);
  const [warning, setWarning] = useState<string | null>(null);

  const send = useCallback((message: ToWorker) => worker.current?.postMessage(message), []);

  const ensureWorker = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('./simulator.worker.ts', import.meta.url), { type: 'module', name: 'simulator' });
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'snapshot') {
        setSnapshot(m);
        if (m.serial) {
          setSerial((s) => (s + m.serial).slice(-SERIAL_KEEP));
          if (plotter.current.feed(m.serial)) setPlotVersion((v) => v + 1);
        }
      } else if (m.type === 'crash') {
        setCrash(m.message);
        setStatus('crashed');
      } else if (m.type === 'warning' || m.type === 'error') {
        setWarning(m.message);
      }
    };
    w.onerror = (event) => setWarning(event.message || 'worker error');
    worker.current = w;
    return w;
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(
    (p: Program) => {
      program.current = p;
      ensureWorker();
      setSerial('');
      plotter.current.clear();
      setPlotVersion((v) => v + 1);
      setCrash(null);
      setWarning(null);
      setStatus('running');
      send({ type: 'start', hex: p.hex, parts: p.parts, scene: p.scene, stackLimit: p.stackLimit, speed: speedRef.current, seed: 1 });
    },
    [ensureWorker, send],
  );

  return {
    status,
    snapshot,
    serial,
    plotter: plotter.current,
    plotVersion,
    speed,
    crash,
    warning,
    run,
    pause: () => {
      send({ type: 'pause' });
      setStatus('paused');
    },
    resume: () => {
      send({ type: 'resume' });
      setStatus('running');
    },
    reset: () => {
      if (program.current) run(program.current);
    },
    stop: () => {
      send({ type: 'stop' });
      setStatus('idle');
    },
    setSpeed: (s: Speed) => {
      speedRef.current = s;
      setSpeedState(s);
      send({ type: 'speed', speed: s });
    },
    sendSerial: (text: string) => send({ type: 'serial', text }),
    input: (partId: string, action: string, value?: number) => send({ type: 'input', partId, action, value }),
    clearSerial: () => {
      setSerial('');
      plotter.current.clear();
      setPlotVersion((v) => v + 1);
    },
  };
}
