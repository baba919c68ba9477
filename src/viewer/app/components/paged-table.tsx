/**
 * A filterable list read page by page from the server: the filter / offset state both list views keep,
 * and the clickable table with its pager.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Page } from '../../api-types.js';
import { type Loaded, Show, useLoaded } from './loading.js';
import { Pager } from './pager.js';

export const PAGE_SIZE = 25;

export interface PagedQuery<F, R> {
  filter: F;
  /** Merges a change into the filter and goes back to the first page. */
  update(change: Partial<F>): void;
  page: Loaded<Page<R>>;
  setOffset(offset: number): void;
}

export function usePagedQuery<F, R>(
  initial: F,
  load: (filter: F, offset: number, limit: number) => Promise<Page<R>>,
): PagedQuery<F, R> {
  const [filter, setFilter] = useState<F>(initial);
  const [offset, setOffset] = useState(0);
  const page = useLoaded(() => load(filter, offset, PAGE_SIZE), [JSON.stringify(filter), offset]);
  const update = (change: Partial<F>) => {
    setFilter({ ...filter, ...change });
    setOffset(0);
  };
  return { filter, update, page, setOffset };
}

export interface Column<R> {
  title: string;
  cell(row: R): ComponentChildren;
  class?: string | ((row: R) => string);
}

export function PagedTable<R extends { id: string }>({
  query,
  columns,
  testId,
  rowAttributes,
  onOpen,
}: {
  query: PagedQuery<unknown, R>;
  columns: Column<R>[];
  testId: string;
  /** `data-*` attributes the tests and links find a row by. */
  rowAttributes(row: R): Record<`data-${string}`, string>;
  onOpen(row: R): void;
}) {
  return (
    <Show loaded={query.page}>
      {(result) => (
        <>
          <table class="list" data-testid={testId}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.title}>{column.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.items.map((row) => (
                <tr class="row" key={row.id} {...rowAttributes(row)} onClick={() => onOpen(row)}>
                  {columns.map((column) => (
                    <td
                      key={column.title}
                      class={typeof column.class === 'function' ? column.class(row) : column.class}
                    >
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={result.offset} limit={PAGE_SIZE} total={result.total} onOffset={query.setOffset} />
        </>
      )}
    </Show>
  );
}
