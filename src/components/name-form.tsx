import { useState, type FormEvent } from 'react';
import * as v from 'valibot';
import { LearnerName } from '../model/learner';

/** A one-field form for a learner's name, checked with the same rule the stored data uses. */
export function NameForm(props: {
  id: string;
  label: string;
  button: string;
  /** A line under the field saying why it is asked. */
  hint?: string;
  onSubmit(name: string): void;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = v.safeParse(LearnerName, value);
    if (!parsed.success) {
      setError(parsed.issues[0]?.message ?? 'Please enter a name.');
      return;
    }
    setError(null);
    setValue('');
    props.onSubmit(parsed.output);
  };
  return (
    <form className="field-row" onSubmit={submit} noValidate>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        value={value}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? `${props.id}-error` : '', props.hint ? `${props.id}-hint` : '']
            .join(' ')
            .trim() || undefined
        }
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button">
        {props.button}
      </button>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="hint field-hint">
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${props.id}-error`} className="input-problem">
          {error}
        </p>
      ) : null}
    </form>
  );
}
