/** A row of tabs; `value` is the selected one. */
export function Tabs<T extends string>({
  value,
  onChange,
  tabs,
  small,
}: {
  value: T;
  onChange: (value: T) => void;
  tabs: { value: T; label: string }[];
  small?: boolean;
}) {
  return (
    <div className={small ? 'tabs tabs-small' : 'tabs'} role="tablist">
      {tabs.map((tab) => (
        <button
          key={tab.value}
          type="button"
          role="tab"
          aria-selected={value === tab.value}
          className={value === tab.value ? 'on' : ''}
          onClick={() => onChange(tab.value)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
