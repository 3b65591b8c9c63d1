package tokenize

import (
	"strings"
	"testing"
)

// benchText is a made-up wire story of about 4 KB with the usual mix of
// quotations, abbreviations, numbers, clitics and hyphenated words.
const benchText = `Ministers Agree Border Deal After Weeks of Talks

BRUSSELS (Reuters) - European Union and U.S. officials on Tuesday agreed a new framework for border security, ending weeks of tense negotiations that had threatened to derail a broader trade pact worth $1.2 trillion a year.

“We didn’t get everything we wanted, but it’s a fair deal,” said Gen. Maria Lopez-Garcia, who led the Spanish delegation. “Nobody should pretend the hard part is over.”

The agreement, signed at 10:30 a.m. local time, commits the 27-nation bloc to spend 3.5 billion euros ($3.8 billion) on new surveillance systems by 2027. Washington will contribute roughly 40% of the cost, according to a State Dept. summary seen by Reuters.

Sen. John R. Whitfield, a Republican from Texas, called the deal "a step in the right direction" but warned that Congress wouldn't approve funding without stronger oversight. "I'm not signing a blank check," he told reporters on Capitol Hill. "They've had years to fix this. Why should we trust them now?"

Analysts at Goldman Sachs Group Inc. said the pact could lift cross-border trade by 2-3 percentage points over the next decade. Others were more skeptical. Dr. Anna Kowalski of the Warsaw-based Institute for Economic Policy said the numbers were "optimistic at best."

- Key points of the agreement:
- New checkpoints at 14 crossings
- Shared database for visa applicants
- Annual review by an independent panel

The talks nearly collapsed last month when Hungary's prime minister threatened to veto the plan over what he called "unacceptable interference" in national affairs. A compromise, brokered by France and Germany, gave member states more control over deployment.

Kim Yo-jong, a senior North Korean official, was not involved in the talks, but Pyongyang's state media criticised the deal as "hostile" in a commentary on Wednesday... The U.N. Security Council is expected to discuss the matter later this week.

In a statement e-mailed to journalists, the European Commission said it would publish full details at https://ec.europa.eu/home-affairs/border-deal. Questions can be sent to press-office@ec.europa.eu.

Markets reacted calmly. The euro rose 0.2% to $1.0875 in late trading, while the Stoxx 600 index gained 11.4 points, or 0.6%, to 1,923.15. Shares of defense contractors, including Thales SA and Leonardo S.p.A., rose between 1% and 4%.

"It's gonna take time," said one diplomat, who asked not to be named because he wasn't authorised to speak publicly. "But we can't afford another summer like 2015's."

Opposition lawmakers in several countries have vowed to challenge the deal in court. In Italy, the far-right League party said it would collect signatures for a referendum; in the Netherlands, a coalition of non-governmental organizations argued the surveillance measures violated privacy rules adopted in the mid-2010s.

The next round of talks is scheduled for Sept. 14-15 in Vienna. Officials said they hoped to finalize technical annexes by the end of the year, ahead of elections in Germany and France.

(Reporting by Jan Novak in Brussels and Sarah O'Neill in Washington; Editing by Peter M. Graff)
`

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(benchText, 4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

// TestBenchText checks the benchmark text tokenizes cleanly.
func TestBenchText(t *testing.T) {
	toks, sents, probs := Tokenize(benchText)
	checkInvariants(t, benchText, toks, sents)
	if len(probs) > 0 || len(toks) < 600 || len(sents) < 30 {
		t.Errorf("%d tokens, %d sentences, problems %v", len(toks), len(sents), probs)
	}
}
