export const ORGANISATION_CLASSIFICATIONS = [
  { label: 'Gmina', value: 'municipality' },
  { label: 'Rada gminy / miasta', value: 'council' },
  { label: 'Komisja rady', value: 'committee' },
  { label: 'Związek lub stowarzyszenie samorządów', value: 'association' },
  { label: 'Inna', value: 'other' },
] as const

export function classificationLabel(value: string | null | undefined): string {
  return ORGANISATION_CLASSIFICATIONS.find((c) => c.value === value)?.label ?? ''
}
