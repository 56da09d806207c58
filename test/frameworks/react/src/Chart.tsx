import { useState } from 'react';
import { HivEstimateGap } from 'amelia-report-charts/react';
import { data, empty } from './data';

/** One chart with the controls the framework test clicks; counts what reaches React's handlers. */
export default function Chart() {
  const [lang, setLang] = useState<'en' | 'ru'>('en');
  const [shown, setShown] = useState(true);
  const [broken, setBroken] = useState(false);
  const [rendered, setRendered] = useState(0);
  const [error, setError] = useState('');
  return (
    <>
      <button id="lang" onClick={() => setLang(lang === 'en' ? 'ru' : 'en')}>Language</button>
      <button id="toggle" onClick={() => setShown(!shown)}>Unmount or mount</button>
      <button id="bad" onClick={() => setBroken(!broken)}>Empty data</button>
      <output id="rendered">{rendered}</output>
      <output id="error">{error}</output>
      {shown && (
        <HivEstimateGap
          data={broken ? empty : data}
          lang={lang}
          onChartRendered={() => setRendered((count) => count + 1)}
          onChartError={(event) => setError(event.detail.reason)}
        />
      )}
    </>
  );
}
