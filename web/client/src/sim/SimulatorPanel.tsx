import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartSpec } from '../api/types.ts';
import { pick } from '../i18n/index.ts';
import type { Simulator } from './useSimulator.ts';
import { SimControls } from './SimControls.tsx';
import { SerialMonitor } from './SerialMonitor.tsx';
import { SerialPlotter } from './SerialPlotter.tsx';
import { PinStrip } from './PinStrip.tsx';
import { Tabs } from '../ui/Tabs.tsx';

// The part drawings (lit + @wokwi/elements) and the robot field load only when a task page shows them.
const PartsBoard = lazy(() => import('../parts/PartsBoard.tsx'));
const RobotField = lazy(() => import('../robot/RobotField.tsx'));

export function SimulatorPanel({ sim, parts, scene }: { sim: Simulator; parts: PartSpec[]; scene?: unknown }) {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<'monitor' | 'plotter'>('monitor');
  const running = sim.status === 'running';
  return (
    // data-engine: which engine the worker's board runs on (the browser tests check it is the fast one).
    <div className="sim-panel" data-engine={sim.snapshot?.engine}>
      <SimControls sim={sim} />
      <div className="sim-stage">
        {sim.crash && <div className="note note-error">{t('task.crashed', { message: pick(sim.crash, i18n.language === 'en' ? 'en' : 'ru') })}</div>}
        {sim.warning && <div className="note note-info">{t('errors.simulator', { message: sim.warning })}</div>}
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          {scene !== undefined && scene !== null && <RobotField scene={scene} pose={sim.snapshot?.robot} timeMs={sim.snapshot?.timeMs} />}
          {(parts.length > 0 || !scene) && <PartsBoard parts={parts} snapshot={sim.snapshot} input={sim.input} running={running} />}
        </Suspense>
        <PinStrip snapshot={sim.snapshot} />
      </div>
      <div className="serial-area">
        <Tabs
          small
          value={tab}
          onChange={setTab}
          tabs={[
            { value: 'monitor', label: t('serial.monitor') },
            { value: 'plotter', label: t('serial.plotter') },
          ]}
        />
        {tab === 'monitor' ? <SerialMonitor sim={sim} /> : <SerialPlotter model={sim.plotter} version={sim.plotVersion} />}
      </div>
    </div>
  );
}
