/** One search box for a number or a customer reference: a valid phone number searches by number. */
import { useState } from 'preact/hooks';
import { checkPhone } from './phone';

export function searchFilter(q: string): { number?: string; customer_reference?: string } {
  const text = q.trim();
  if (!text) return {};
  const c = checkPhone(text);
  if (c.kind === 'ok' || c.kind === 'suggest') return { number: c.e164 };
  return { customer_reference: text };
}

export function SearchBox(props: { value: string; onSearch: (q: string) => void; placeholder?: string }) {
  const [text, setText] = useState(props.value);
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSearch(text.trim());
      }}
    >
      <label for="search" class="visually-hidden">
        Search by number or customer reference
      </label>
      <input id="search" type="search" value={text} placeholder={props.placeholder ?? 'Number or customer reference'} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <button type="submit" class="button secondary">
        Search
      </button>
      {props.value && (
        <button
          type="button"
          class="button ghost"
          onClick={() => {
            setText('');
            props.onSearch('');
          }}
        >
          Clear
        </button>
      )}
    </form>
  );
}
