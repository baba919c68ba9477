/**
 * The keyboard help, generated from the key table. It closes on Escape, on its Close button and on a
 * click on the dimmed backdrop around the box.
 */
import { KEY_BINDINGS } from './keys.js';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <div
      class="overlay"
      role="dialog"
      aria-label="keyboard help"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div class="overlay-box">
        <h2>Keyboard</h2>
        <table class="keys">
          <tbody>
            {KEY_BINDINGS.map((binding) => (
              <tr key={binding.action}>
                <td>
                  {binding.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </td>
                <td>{binding.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Click a source line to jump to its next run; click or drag on the timeline to jump to any step.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
