namespace Deliberation.Tally.Choices;

/// <summary>
/// Instant-runoff voting. Each ballot counts for its highest-ranked continuing option. An option with more
/// than half of the continuing (non-exhausted) votes wins; otherwise the option with the fewest votes is
/// eliminated and its ballots move on. Ties for fewest are broken by the earlier rounds (the option with
/// fewer votes in the latest round where the tied options differed), then by the tie-break. Without a
/// tie-break, all options tied for fewest are eliminated together, and a tie among all remaining options is
/// reported. Ballots are partial strict rankings: tied ranks are rejected.
/// </summary>
public static class InstantRunoff
{
    public static ChoiceResult<IrvDetail> Tally(IReadOnlyList<string> options, IReadOnlyList<RankedBallot> ballots, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(options, v);
        var tieBreaker = TieBreaker.Check(tieBreak, set, v);
        var profile = RankedProfile.Read(set, ballots, "Instant-runoff", v);
        v.ThrowIfAny();
        return new Count(profile, tieBreaker).Run();
    }

    private sealed class Count(RankedProfile profile, TieBreaker tieBreaker)
    {
        private readonly int _n = profile.Options.Count;
        private readonly bool[] _out = new bool[profile.Options.Count];
        private readonly decimal[] _votes = new decimal[profile.Options.Count];
        private readonly List<int>[] _piles = Enumerable.Range(0, profile.Options.Count).Select(_ => new List<int>()).ToArray();
        private readonly int[] _at = new int[profile.Count];
        private readonly List<decimal[]> _history = [];
        private decimal _exhausted;

        public ChoiceResult<IrvDetail> Run()
        {
            for (var b = 0; b < profile.Count; b++) Place(b, profile.Start[b]);
            var rounds = new List<IrvRound>();
            while (true)
            {
                var continuing = Enumerable.Range(0, _n).Where(o => !_out[o]).ToList();
                _history.Add((decimal[])_votes.Clone());
                var votes = continuing.Select(o => new OptionTotal(profile.Options[o], _votes[o])).ToList();
                var active = continuing.Sum(o => _votes[o]);
                var leader = continuing.MaxBy(o => _votes[o]);
                if (continuing.Count == 1 || _votes[leader] * 2 > active)
                {
                    rounds.Add(new IrvRound(rounds.Count + 1, votes, _exhausted, profile.Options[leader], [], []));
                    return Result([leader], rounds);
                }
                var fewest = continuing.Min(o => _votes[o]);
                var lowest = continuing.Where(o => _votes[o] == fewest).ToList();
                var eliminate = ChooseElimination(lowest, continuing.Count, rounds.Count + 1);
                if (eliminate is null)
                {
                    rounds.Add(new IrvRound(rounds.Count + 1, votes, _exhausted, null, [], []));
                    return Result(continuing, rounds);
                }
                var transfers = Eliminate(eliminate);
                rounds.Add(new IrvRound(rounds.Count + 1, votes, _exhausted, null, eliminate.Select(o => profile.Options[o]).ToList(), transfers));
            }
        }

        private List<int>? ChooseElimination(List<int> lowest, int continuing, int round)
        {
            if (lowest.Count == 1) return lowest;
            var stage = $"round {round} elimination";
            var tied = lowest;
            for (var r = _history.Count - 2; r >= 0 && tied.Count > 1; r--)
            {
                var min = tied.Min(o => _history[r][o]);
                tied = tied.Where(o => _history[r][o] == min).ToList();
            }
            if (tied.Count == 1)
            {
                tieBreaker.Note(stage, lowest, tied[0], TieMethod.EarlierRounds);
                return tied;
            }
            if (tieBreaker.Worst(tied, stage) is { } worst) return [worst];
            return lowest.Count < continuing ? lowest : null; // without a tie-break: all together, unless that is everyone
        }

        private List<VoteTransfer> Eliminate(List<int> eliminated)
        {
            foreach (var o in eliminated) _out[o] = true;
            var transfers = new List<VoteTransfer>();
            foreach (var from in eliminated)
            {
                var moved = new decimal[_n + 1]; // last slot: exhausted
                foreach (var b in _piles[from])
                {
                    var to = Place(b, _at[b] + 1);
                    moved[to < 0 ? _n : to] += profile.Weight[b];
                }
                _piles[from].Clear();
                _votes[from] = 0;
                for (var to = 0; to <= _n; to++)
                    if (moved[to] != 0) transfers.Add(new VoteTransfer(profile.Options[from], to == _n ? null : profile.Options[to], moved[to]));
            }
            return transfers;
        }

        /// <summary>Puts ballot b on the pile of its first continuing option at or after entry; -1 when exhausted.</summary>
        private int Place(int b, int entry)
        {
            var end = profile.Start[b] + profile.Length[b];
            while (entry < end && _out[profile.Prefs[entry]]) entry++;
            _at[b] = entry;
            if (entry >= end)
            {
                _exhausted += profile.Weight[b];
                return -1;
            }
            var o = profile.Prefs[entry];
            _piles[o].Add(b);
            _votes[o] += profile.Weight[b];
            return o;
        }

        private ChoiceResult<IrvDetail> Result(List<int> winners, List<IrvRound> rounds)
        {
            var names = winners.Select(o => profile.Options[o]).ToList();
            var last = rounds[^1];
            string text;
            if (winners.Count == 1)
            {
                var votes = last.Votes.First(t => t.Option == names[0]).Total;
                var active = last.Votes.Sum(t => t.Total);
                text = rounds.Count == 1
                    ? $"{names[0]} wins in the first round with {Numbers.Show(votes)} of {Numbers.Show(active)} votes, more than half."
                    : $"{names[0]} wins in round {rounds.Count} with {Numbers.Show(votes)} of {Numbers.Show(active)} continuing votes, after {ChoiceText.List(rounds.SelectMany(r => r.Eliminated))} {(rounds.Sum(r => r.Eliminated.Count) == 1 ? "was" : "were")} eliminated.";
            }
            else
                text = $"Tied: {ChoiceText.List(names)} have {Numbers.Show(last.Votes[0].Total)} votes each in round {rounds.Count} and no tie-break is configured.";
            return new ChoiceResult<IrvDetail>(names, tieBreaker.Record, new IrvDetail(rounds), text);
        }
    }
}
