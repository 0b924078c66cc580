// Notes about the source are numbered footnotes: a marker where the note applies, the note under
// "Notes" at the end of the section, and a way back.
import { expect, test } from '@playwright/test';
import { builtContent } from './site';

const content = builtContent();
const section = content.sections.find((entry) => entry.id === 'city-and-hackney/2024-25/attendance');

test('a note in the text is a numbered marker that leads to the note and back', async ({ page }) => {
  test.skip(!section, 'No attendance section in this build.');
  await page.goto(`/${section!.id}/`);
  // Figure notes come first, so the first note of the text is numbered after them.
  const figureNotes = new Set([...section!.data.metrics, ...section!.data.charts].map((figure) => figure.note?.trim()).filter(Boolean)).size;
  const first = figureNotes + 1;
  const marker = page.getByRole('link', { name: `Note ${first}`, exact: true });
  await expect(marker).toHaveAttribute('href', `#note-${first}`);
  await expect(page.locator('.app-prose').getByText('Note on the source:')).toHaveCount(0);

  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes.getByRole('heading', { level: 2, name: 'Notes' })).toBeVisible();
  await expect(notes.getByRole('listitem')).toHaveCount(figureNotes + 2);

  await marker.click();
  const note = page.locator(`#note-${first}`);
  await expect(note).toBeInViewport();
  await expect(note).toContainText('attendance is shown by symbols');
  await note.getByRole('link', { name: `Back to text for note ${first}` }).click();
  await expect(page).toHaveURL(new RegExp(`#note-ref-${first}$`));
  await expect(marker).toBeInViewport();
});

test('the print page keeps each section\'s notes, with ids of their own', async ({ page }) => {
  test.skip(!section, 'No attendance section in this build.');
  const first = new Set([...section!.data.metrics, ...section!.data.charts].map((figure) => figure.note?.trim()).filter(Boolean)).size + 1;
  await page.goto('/city-and-hackney/2024-25/print/');
  await expect(page.locator('#attendance--notes')).toHaveText(/^Notes/);
  await expect(page.locator(`a#attendance--note-ref-${first}`)).toHaveAttribute('href', `#attendance--note-${first}`);
  await expect(page.locator(`#attendance--note-${first}`)).toContainText('attendance is shown by symbols');
});
