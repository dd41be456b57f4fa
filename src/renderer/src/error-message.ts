/** The text to show for anything thrown; API errors already carry a bilingual message. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return '未知错误 / Unknown error';
}
