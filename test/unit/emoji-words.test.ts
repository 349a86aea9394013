import { clean } from '../../src/search/normalise';
import { urgentRule } from '../../src/search/urgent';

describe('pictures typed for words', () => {
  it('reads a picture of a means or of death as its word', () => {
    expect(clean('tonights the night ⚰️⚰️')).toBe('tonights the night coffin coffin');
    expect(clean('🔪 in her bag')).toBe('knife in her bag');
    expect(clean('💊💊 and bye')).toBe('pills pills and bye');
  });

  it('leaves the skull and the crying-laughing face out, which mean laughing as often as not', () => {
    expect(clean('im dead 💀😂')).toBe('im dead');
  });

  it('lets a relayed group-chat message reach the urgent rules', () => {
    expect(urgentRule("her story says 'tonites the nite ⚰️⚰️' and she's not in her bed")).toBe('warning-signs');
    expect(urgentRule('what does the ⚰️ emoji mean on her story')).toBeUndefined();
  });
});
