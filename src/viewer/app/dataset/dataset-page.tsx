/** `semtrace view DATASET_DIR`: manifest figures and the sample list, or one sample (`#/dataset/sample/SPLIT/ID`). */
import { api } from '../api.js';
import { Show, useLoaded } from '../components/loading.js';
import { ManifestFigures } from './manifest-figures.js';
import { SampleList } from './sample-list.js';
import { SamplePage } from './sample-page.js';

export function DatasetPage({ route }: { route: string[] }) {
  const manifest = useLoaded(() => api.manifest(), []);
  if (route[0] === 'sample' && route[1] && route[2]) return <SamplePage split={route[1]} id={route[2]} />;
  return (
    <Show loaded={manifest}>
      {(value) => (
        <div class="page">
          <ManifestFigures manifest={value} />
          <SampleList manifest={value} />
        </div>
      )}
    </Show>
  );
}
