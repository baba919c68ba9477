/** Previous / next page buttons and where the list stands. */
export function Pager(props: {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { offset, limit, total } = props;
  const end = Math.min(offset + limit, total);
  return (
    <div class="pager">
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => props.onOffset(Math.max(0, offset - limit))}
      >
        ‹ previous
      </button>
      <span data-testid="page-info">{total === 0 ? 'no matches' : `${offset + 1}–${end} of ${total}`}</span>
      <button type="button" disabled={end >= total} onClick={() => props.onOffset(offset + limit)}>
        next ›
      </button>
    </div>
  );
}
