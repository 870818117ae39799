/** The name to show in `language`: the English one when reading English and there is one, else the Vietnamese. */
export function localName(nameVi: string, nameEn: string | null | undefined, language: string): string {
  return language === 'en' && nameEn ? nameEn : nameVi;
}
