// Components available in every section's MDX without an import.
import ActionPlan from './ActionPlan.astro';
import AttendanceGrid from './AttendanceGrid.astro';
import AudienceMessages from './AudienceMessages.astro';
import Charter from './Charter.astro';
import Consideration from './Consideration.astro';
import GoldenRules from './GoldenRules.astro';
import KeyMessages from './KeyMessages.astro';
import Note from './Note.astro';
import Recommendation from './Recommendation.astro';
import Snapshot from './Snapshot.astro';

export const mdxComponents = {
  ActionPlan,
  AttendanceGrid,
  AudienceMessages,
  Charter,
  Consideration,
  GoldenRules,
  KeyMessages,
  Note,
  Recommendation,
  Snapshot,
};
