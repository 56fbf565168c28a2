using System.Security.Cryptography;
using System.Text;
using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;

namespace Deliberation.IntegrationTests;

/// <summary>
/// The stateless Tally RPC over real gRPC, without a token: published examples of every rule family give
/// their published results and explanations, ties are reported or settled by a lot anyone can redraw, and
/// malformed input is refused naming the ballot and the field.
/// </summary>
public class TallyRpcTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private TallyService.TallyServiceClient Api => engine.Anonymous.Tally;

    // ─── Single-winner rules on Wikipedia's Tennessee capital example ────────────────────────────────

    private static readonly string[] Cities = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];

    private static TallyRankedBallot[] Tennessee =>
    [
        R("42", "Memphis>Nashville>Chattanooga>Knoxville"),
        R("26", "Nashville>Chattanooga>Knoxville>Memphis"),
        R("15", "Chattanooga>Knoxville>Nashville>Memphis"),
        R("17", "Knoxville>Chattanooga>Nashville>Memphis"),
    ];

    [Fact]
    public async Task Plurality_elects_Memphis_with_42_of_100_first_preferences()
    {
        var request = new TallyRequest { Plurality = new(), Options = { Cities } };
        request.PluralityBallots.AddRange(Tennessee.Select(b => new TallyPluralityBallot { Option = b.Ranking[0], Weight = b.Weight }));

        var response = await Api.TallyAsync(request);

        Assert.Equal(["Memphis"], response.Outcome.Winners);
        Assert.False(response.Outcome.Irresolute);
        Assert.Equal(["42", "26", "15", "17"], response.Plurality.Totals.Select(t => t.Total));
        Assert.Equal("100", response.Plurality.TotalWeight);
        Assert.StartsWith("Memphis wins with the most votes", response.Text);
    }

    [Fact]
    public async Task Approval_counts_each_approval_once_and_elects_the_most_approved()
    {
        // The Tennessee voters approving their two nearest cities.
        var request = new TallyRequest { Approval = new(), Options = { Cities } };
        request.ApprovalBallots.AddRange(Tennessee.Select(b => new TallyApprovalBallot { Approved = { b.Ranking.Take(2) }, Weight = b.Weight }));

        var response = await Api.TallyAsync(request);

        Assert.Equal(["Nashville"], response.Outcome.Winners);
        Assert.Equal(["42", "68", "58", "32"], response.Approval.Totals.Select(t => t.Total));
        Assert.Equal("approvals", response.Approval.Measure);
    }

    [Fact]
    public async Task Score_voting_elects_Nashville_with_603_points()
    {
        // Wikipedia, "Score voting", Tennessee example with scores 0-10.
        var request = new TallyRequest { Score = new TallyScoreRule { Min = "0", Max = "10" }, Options = { Cities } };
        (string Weight, int[] Scores)[] voters = [("42", [10, 4, 2, 0]), ("26", [0, 10, 4, 2]), ("15", [0, 6, 10, 6]), ("17", [0, 5, 7, 10])];
        foreach (var (weight, scores) in voters)
            request.ScoreBallots.Add(new TallyScoreBallot
            {
                Weight = weight,
                Scores = { Cities.Zip(scores, (city, score) => new TallyOptionScore { Option = city, Score = score.ToString() }) },
            });

        var response = await Api.TallyAsync(request);

        Assert.Equal(["Nashville"], response.Outcome.Winners);
        Assert.Equal(["420", "603", "457", "312"], response.Score.Totals.Select(t => t.Total));
    }

    [Fact]
    public async Task Borda_gives_Nashville_194_points()
    {
        // Wikipedia, "Borda count", Tennessee example: Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107.
        var response = await Api.TallyAsync(Ranked(new TallyRequest { Borda = new() }, Cities, Tennessee));

        Assert.Equal(["Nashville"], response.Outcome.Winners);
        Assert.Equal(["126", "194", "173", "107"], response.Borda.Totals.Select(t => t.Total));
    }

    [Fact]
    public async Task Instant_runoff_elects_Knoxville_in_round_three_and_shows_every_round_and_transfer()
    {
        // Wikipedia, "Instant-runoff voting", Tennessee example: Knoxville wins with 58% in the third round.
        var response = await Api.TallyAsync(Ranked(new TallyRequest { InstantRunoff = new() }, Cities, Tennessee));

        Assert.Equal(["Knoxville"], response.Outcome.Winners);
        var rounds = response.InstantRunoff.Rounds;
        Assert.Equal(3, rounds.Count);
        Assert.Equal(["Chattanooga"], rounds[0].Eliminated);
        Assert.Equal(("Chattanooga", "Knoxville", "15"), Single(rounds[0].Transfers));
        Assert.Equal(["Nashville"], rounds[1].Eliminated);
        Assert.Equal(("Nashville", "Knoxville", "26"), Single(rounds[1].Transfers));
        Assert.Equal(["Memphis 42", "Knoxville 58"], rounds[2].Votes.Select(v => $"{v.Option} {v.Total}"));
        Assert.Equal("Knoxville", rounds[2].Winner);
        Assert.Equal("Knoxville wins in round 3 with 58 of 100 continuing votes, after Chattanooga and Nashville were eliminated.", response.Text);
    }

    [Fact]
    public async Task Ranked_pairs_locks_every_majority_strongest_first_and_elects_Nashville()
    {
        // Wikipedia, "Ranked pairs", Tennessee example: Chattanooga over Knoxville (83 to 17) is locked first.
        var response = await Api.TallyAsync(Ranked(new TallyRequest { RankedPairs = new() }, Cities, Tennessee));

        Assert.Equal(["Nashville"], response.Outcome.Winners);
        Assert.Equal(6, response.RankedPairs.Pairs.Count);
        Assert.All(response.RankedPairs.Pairs, p => Assert.True(p.Locked));
        var first = response.RankedPairs.Pairs[0];
        Assert.Equal(("Chattanooga", "Knoxville", "83", "17"), (first.Winner, first.Loser, first.Support, first.Opposition));
        Assert.Equal(TallyPairwiseStrength.WinningVotes, response.RankedPairs.Strength);
    }

    [Fact]
    public async Task Schulze_on_the_45_voter_example_gives_the_published_matrices_and_elects_E()
    {
        // Wikipedia, "Schulze method", example with 45 voters and 5 candidates.
        var request = Ranked(new TallyRequest { Schulze = new() }, ["A", "B", "C", "D", "E"],
        [
            R("5", "A>C>B>E>D"), R("5", "A>D>E>C>B"), R("8", "B>E>D>A>C"), R("3", "C>A>B>E>D"),
            R("7", "C>A>E>B>D"), R("2", "C>B>A>D>E"), R("7", "D>C>E>B>A"), R("8", "E>B>A>D>C"),
        ]);

        var response = await Api.TallyAsync(request);

        Assert.Equal(["E"], response.Outcome.Winners);
        var schulze = response.Schulze;
        Assert.Equal(["A", "B", "C", "D", "E"], schulze.Options);
        Assert.Equal(
        [
            "0 20 26 30 22",
            "25 0 16 33 18",
            "19 29 0 17 24",
            "15 12 28 0 14",
            "23 27 21 31 0",
        ], schulze.Preferences.Select(Row));
        Assert.Equal(
        [
            "0 28 28 30 24",
            "25 0 28 33 24",
            "25 29 0 29 24",
            "25 28 28 0 24",
            "25 28 28 31 0",
        ], schulze.StrongestPaths.Select(Row));
        Assert.Equal(["E", "A", "C", "B", "D"], schulze.Ranking.Select(level => Assert.Single(level.Options)));
        Assert.Equal(TallyPairwiseStrength.WinningVotes, schulze.Strength);
    }

    // ─── Multi-seat elections ─────────────────────────────────────────────────────────────────────────

    [Fact]
    public async Task Stv_elects_Chocolate_Oranges_and_Strawberries_in_the_food_election_with_each_stage_and_transfer()
    {
        // Wikipedia, "Single transferable vote", the food election: 20 guests, 3 of 5 foods, Droop quota 6.
        var request = Ranked(new TallyRequest { Stv = new TallyStvRule { Seats = 3 } }, ["Oranges", "Pears", "Chocolate", "Strawberries", "Sweets"],
        [
            R("4", "Oranges"), R("2", "Pears>Oranges"), R("8", "Chocolate>Strawberries"),
            R("4", "Chocolate>Sweets"), R("1", "Strawberries"), R("1", "Sweets"),
        ]);

        var response = await Api.TallyAsync(request);

        Assert.Equal(["Chocolate", "Oranges", "Strawberries"], response.Outcome.Elected);
        Assert.False(response.Outcome.Irresolute);
        var stv = response.Stv;
        Assert.Equal(("6", "20", TallyQuota.Droop), (stv.Quota, stv.ValidVotes, stv.QuotaKind));
        Assert.Equal(
        [
            TallyStvAction.FirstCount, TallyStvAction.Surplus, TallyStvAction.Exclusion, TallyStvAction.Exclusion, TallyStvAction.FillRemaining,
        ], stv.Stages.Select(s => s.Action));
        // Chocolate's 6 surplus votes move at 6/12 = 0.5: 4 to Strawberries, 2 to Sweets.
        var surplus = stv.Stages[1];
        Assert.Equal(("Chocolate", "0.5"), (surplus.Candidate, surplus.TransferValue));
        Assert.Equal(["Chocolate>Strawberries 4", "Chocolate>Sweets 2"], surplus.Transfers.Select(t => $"{t.From}>{t.To} {t.Votes}"));
        Assert.Equal("0", stv.Stages[^1].LostToRounding);
    }

    [Fact]
    public async Task Sequential_phragmen_gives_the_published_loads_of_the_abc_book_example_9()
    {
        // Lackner & Skowron, "Multi-Winner Voting with Approval Preferences", Example 9: a, b, c, d with maximal
        // loads 1/8, 11/32, 55/128, 5/8; b and c tie for the second seat, settled by the order a..h.
        string[] candidates = ["a", "b", "c", "d", "e", "f", "g", "h"];
        var request = new TallyRequest
        {
            SequentialPhragmen = new TallySequentialPhragmenRule { Seats = 4 },
            Options = { candidates },
            TieBreak = new TallyTieBreak { Kind = TallyTieBreakKind.Priority, Priority = { candidates } },
        };
        foreach (var (count, approved) in new[] { (3, "a b"), (3, "a c"), (2, "a d"), (1, "b c f"), (1, "e"), (1, "f"), (1, "g") })
            request.ApprovalBallots.AddRange(Enumerable.Range(0, count).Select(_ => new TallyApprovalBallot { Approved = { approved.Split(' ') } }));

        var response = await Api.TallyAsync(request);

        Assert.Equal(["a", "b", "c", "d"], response.Outcome.Elected);
        Assert.Equal(["1/8", "11/32", "55/128", "5/8"], response.SequentialPhragmen.Rounds.Select(r => r.MaxLoad.Exact));
        Assert.Equal("55/128", response.SequentialPhragmen.BallotLoads[3].Exact); // a voter approving {a, c}
        var tie = Assert.Single(response.Ties);
        Assert.Equal(["b", "c"], tie.Tied);
        Assert.Equal(("b", TallyTieMethod.Priority), (tie.Chosen, tie.By));
    }

    // ─── Participatory budgeting ──────────────────────────────────────────────────────────────────────

    /// <summary>Wikipedia, "Method of Equal Shares": 51 voters back 10 red projects, 49 back 10 blue; 1000 buys 10.</summary>
    private static TallyRequest RedAndBlue(TallyRequest request)
    {
        request.Projects.AddRange(Enumerable.Range(1, 10).SelectMany(i => new[]
        {
            new TallyProject { Id = $"red{i}", Cost = "100" }, new TallyProject { Id = $"blue{i}", Cost = "100" },
        }));
        request.ApprovalBallots.Add(new TallyApprovalBallot { Approved = { Enumerable.Range(1, 10).Select(i => $"red{i}") }, Weight = "51" });
        request.ApprovalBallots.Add(new TallyApprovalBallot { Approved = { Enumerable.Range(1, 10).Select(i => $"blue{i}") }, Weight = "49" });
        request.TieBreak = new TallyTieBreak { Kind = TallyTieBreakKind.Lot, Seed = "2025" };
        return request;
    }

    [Fact]
    public async Task Greedy_budgeting_funds_only_the_majoritys_projects()
    {
        var response = await Api.TallyAsync(RedAndBlue(new TallyRequest { GreedyBudget = new TallyGreedyBudgetRule { Budget = "1000" } }));

        Assert.Equal(10, response.Outcome.Funded.Count);
        Assert.All(response.Outcome.Funded, p => Assert.StartsWith("red", p));
        Assert.Equal(("1000", "1000"), (response.Outcome.Spent, response.Outcome.Budget));
        Assert.Equal(10, response.GreedyBudget.Steps.Count(s => s.Funded));
    }

    [Fact]
    public async Task Equal_shares_funds_five_red_and_five_blue_projects()
    {
        var response = await Api.TallyAsync(RedAndBlue(new TallyRequest { EqualShares = new TallyEqualSharesRule { Budget = "1000" } }));

        Assert.Equal(5, response.Outcome.Funded.Count(p => p.StartsWith("red")));
        Assert.Equal(5, response.Outcome.Funded.Count(p => p.StartsWith("blue")));
        Assert.Equal("1000", response.Outcome.Spent);
        var detail = response.EqualShares;
        Assert.Equal("10", detail.InitialShare);
        Assert.True(decimal.Parse(detail.FinalShare) > 10); // the blue voters could buy only 4 before the shares were raised
        Assert.Equal(TallyEqualSharesUtility.Cost, detail.Utility);
    }

    [Fact]
    public async Task Equal_shares_explains_each_voters_payment_in_purchase_order()
    {
        // Budget 6, three voters with 2 each. A costs 1.5 (voters 0, 1), B costs 4.5 (all). With utility 1 per
        // project A goes first at 0.75 each; for B voters 0 and 1 pay all they have left (1.25) and voter 2 pays 2.
        var request = new TallyRequest
        {
            EqualShares = new TallyEqualSharesRule
            {
                Budget = "6", Utility = TallyEqualSharesUtility.Approval, Completion = TallyEqualSharesCompletion.None,
            },
            Projects = { new TallyProject { Id = "A", Cost = "1.5" }, new TallyProject { Id = "B", Cost = "4.5" } },
            ApprovalBallots = { Approve("A", "B"), Approve("A", "B"), Approve("B") },
        };

        var response = await Api.TallyAsync(request);

        Assert.Equal(["A", "B"], response.Outcome.Funded);
        var purchases = response.EqualShares.Purchases;
        Assert.Equal(["A", "B"], purchases.Select(p => p.Project));
        Assert.Equal(["0:0.75", "1:0.75"], purchases[0].Payments.Select(p => $"{p.Ballot}:{p.Paid}"));
        Assert.Equal(["0:1.25", "1:1.25", "2:2"], purchases[1].Payments.Select(p => $"{p.Ballot}:{p.Paid}"));
        Assert.Equal("2", purchases[1].MaxPayment);
        Assert.All(response.EqualShares.Voters, v => Assert.Equal(("2", "2", "0"), (v.Share, v.Spent, v.Left)));
    }

    // ─── Motions, group rules and consent ─────────────────────────────────────────────────────────────

    private static TallyMotionRule SimpleMajority => new()
    {
        Threshold = new TallyThreshold { Share = new TallyFraction { Numerator = 1, Denominator = 2 }, Comparison = TallyThresholdComparison.MoreThan },
        Base = TallyMotionBase.VotesCast,
    };

    [Fact]
    public async Task A_two_thirds_motion_of_votes_cast_reports_base_threshold_and_the_number_required()
    {
        var rule = new TallyMotionRule
        {
            Threshold = new TallyThreshold { Share = new TallyFraction { Numerator = 2, Denominator = 3 }, Comparison = TallyThresholdComparison.AtLeast },
            Base = TallyMotionBase.VotesCast,
        };
        var request = new TallyRequest { Motion = rule, MotionBallots = { Votes(VoteChoice.Yes, "20"), Votes(VoteChoice.No, "10"), Votes(VoteChoice.Abstain, "7") } };

        var response = await Api.TallyAsync(request);

        Assert.Equal(TallyDecision.Adopted, response.Outcome.Decision);
        var motion = response.Motion;
        Assert.Equal(("20", "10", "7", "30", "20"), (motion.Yes, motion.No, motion.Abstain, motion.Base, motion.Required));
        Assert.Equal(TallyMotionBase.VotesCast, motion.BaseKind);
        Assert.Equal((2, 3, TallyThresholdComparison.AtLeast), (motion.Threshold.Share.Numerator, motion.Threshold.Share.Denominator, motion.Threshold.Comparison));
        Assert.StartsWith("Adopted: 20 yes of 30 votes cast", response.Text);
    }

    [Fact]
    public async Task A_tied_motion_goes_to_the_chairs_casting_vote_and_awaits_it_when_none_is_given()
    {
        var request = new TallyRequest { Motion = SimpleMajority, MotionBallots = { Votes(VoteChoice.Yes, "5"), Votes(VoteChoice.No, "5") } };
        request.Motion.Tie = new TallyMotionTie { Rule = TallyMotionTieRule.ChairDecides, ChairVote = VoteChoice.Yes };

        var adopted = await Api.TallyAsync(request);
        request.Motion.Tie.ChairVote = VoteChoice.Unspecified;
        var awaiting = await Api.TallyAsync(request);

        Assert.Equal(TallyDecision.Adopted, adopted.Outcome.Decision);
        Assert.True(adopted.Motion.Tied);
        Assert.Equal(TallyMotionTieRule.ChairDecides, adopted.Motion.TieSettledBy);
        Assert.Equal(TallyDecision.AwaitingChair, awaiting.Outcome.Decision);
        Assert.True(awaiting.Outcome.Irresolute);
    }

    [Fact]
    public async Task A_law_of_vital_interest_fails_when_the_non_majority_communities_vote_it_down()
    {
        // Kosovo, Constitution Art. 81(1): a majority of deputies present and voting, and a majority of those holding
        // seats reserved or guaranteed for non-majority communities. 95 yes, 5 no; the 20 vote 8 yes, 12 no.
        const string communities = "non-majority communities";
        var request = new TallyRequest
        {
            MultipleMajority = new TallyMultipleMajorityRule
            {
                Overall = SimpleMajority,
                Groups = { new TallyGroupRequirement { Group = communities, Rule = SimpleMajority } },
            },
            MotionBallots =
            {
                Votes(VoteChoice.Yes, "95"), Votes(VoteChoice.No, "5"),
                Votes(VoteChoice.Yes, "8", communities), Votes(VoteChoice.No, "12", communities),
            },
        };

        var response = await Api.TallyAsync(request);

        Assert.Equal(TallyDecision.Rejected, response.Outcome.Decision);
        var mm = response.MultipleMajority;
        Assert.Equal(TallyDecision.Adopted, mm.Overall.Decision);
        Assert.Equal(("103", "17", "120"), (mm.Overall.Yes, mm.Overall.No, mm.Overall.Base));
        var group = Assert.Single(mm.Groups);
        Assert.Equal((communities, false, "8", "12", "20"), (group.Group, group.Held, group.Tally.Yes, group.Tally.No, group.Tally.Base));
        Assert.Equal([communities], mm.FailedGroups);
        Assert.StartsWith("Rejected: the threshold failed in non-majority communities", response.Text);
    }

    [Fact]
    public async Task A_block_from_within_one_community_stops_a_consent_decision_under_a_group_veto()
    {
        var request = new TallyRequest
        {
            Consent = new TallyConsentRule { BlocksToStop = "3", BlocksFromOneGroupToStop = "1" },
            ConsentBallots =
            {
                new TallyConsentBallot { Choice = TallyConsentChoice.Consent, Weight = "10", Groups = { "Albanian" } },
                new TallyConsentBallot { Choice = TallyConsentChoice.Consent, Weight = "4", Groups = { "Serb" } },
                new TallyConsentBallot { Choice = TallyConsentChoice.Block, Groups = { "Serb" } },
            },
        };

        var response = await Api.TallyAsync(request);

        Assert.Equal(TallyDecision.Blocked, response.Outcome.Decision);
        Assert.False(response.Consent.StoppedOverall);
        Assert.Equal(["Serb"], response.Consent.StoppingGroups);
        var serb = response.Consent.Groups.Single(g => g.Group == "Serb");
        Assert.Equal(("4", "0", "1", true), (serb.Consent, serb.StandAside, serb.Block, serb.Stops));
    }

    // ─── Ties ─────────────────────────────────────────────────────────────────────────────────────────

    private static TallyRequest Cycle(TallyTieBreak? tieBreak = null)
    {
        var request = Ranked(new TallyRequest { Schulze = new() }, ["A", "B", "C"], [R("1", "A>B>C"), R("1", "B>C>A"), R("1", "C>A>B")]);
        request.TieBreak = tieBreak;
        return request;
    }

    [Fact]
    public async Task A_deciding_tie_without_a_tie_break_is_reported_with_every_tied_option()
    {
        var response = await Api.TallyAsync(Cycle());

        Assert.True(response.Outcome.Irresolute);
        Assert.Equal(["A", "B", "C"], response.Outcome.Winners);
        var tie = Assert.Single(response.Ties);
        Assert.Equal((TallyTieMethod.Unresolved, ""), (tie.By, tie.Chosen));
        Assert.Null(response.Lot);
        Assert.StartsWith("Tied: A, B and C", response.Text);
    }

    [Fact]
    public async Task A_lot_from_a_published_seed_settles_the_tie_the_same_way_every_time_and_anyone_can_redraw_it()
    {
        var lot = new TallyTieBreak { Kind = TallyTieBreakKind.Lot, Seed = "session 7, 2025-05-01" };

        var first = await Api.TallyAsync(Cycle(lot));
        var second = await Api.TallyAsync(Cycle(lot));

        // The tickets are SHA-256 of seed + "\n" + option; the smallest wins.
        var redrawn = new[] { "A", "B", "C" }.OrderBy(o => Ticket(lot.Seed, o), StringComparer.Ordinal).ToList();
        Assert.Equal([redrawn[0]], first.Outcome.Winners);
        Assert.False(first.Outcome.Irresolute);
        Assert.Equal(first, second);
        Assert.Equal(TallyTieMethod.Lot, Assert.Single(first.Ties).By);
        Assert.Equal(redrawn, first.Lot.Tickets.Select(t => t.Option));
        Assert.All(first.Lot.Tickets, t => Assert.Equal(Ticket(lot.Seed, t.Option), t.Ticket));
    }

    // ─── Refusals ─────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public async Task Anyone_may_tally_without_a_token_and_nothing_is_recorded()
    {
        var before = await engine.CountEventsAsync();

        var response = await engine.Anonymous.Tally.TallyAsync(Cycle());

        Assert.NotEmpty(response.Text);
        Assert.Equal(before, await engine.CountEventsAsync());
    }

    [Fact]
    public async Task A_request_without_a_rule_is_refused_naming_rule()
    {
        var error = await Errors.CatchAsync(Api.TallyAsync(new TallyRequest { Options = { "a" } }));

        Assert.Equal(["rule"], error.ViolatedFields());
    }

    [Fact]
    public async Task An_empty_option_list_is_refused_naming_options()
    {
        var error = await Errors.CatchAsync(Api.TallyAsync(new TallyRequest { Plurality = new() }));

        Assert.Equal(["options"], error.ViolatedFields());
    }

    [Fact]
    public async Task An_unknown_option_and_a_duplicate_rank_are_named_down_to_the_ballot_and_entry()
    {
        var request = Ranked(new TallyRequest { InstantRunoff = new() }, Cities,
            [.. Tennessee, R("1", "Memphis>Nashville"), R("1", "Memphis>Atlantis"), R("1", "Nashville>Knoxville>Nashville")]);

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["ranked_ballots[5].ranking[1]", "ranked_ballots[6].ranking[2]"], error.ViolatedFields());
        Assert.Contains("\"Atlantis\" is not an option", error.Status.Detail);
        Assert.Contains("\"Nashville\" is ranked twice", error.Status.Detail);
    }

    [Fact]
    public async Task Tied_ranks_are_refused_by_instant_runoff_naming_the_rank()
    {
        var ballot = new TallyRankedBallot { Ranking = { "Memphis", "Nashville" }, Ranks = { 1, 1 } };
        var request = Ranked(new TallyRequest { InstantRunoff = new() }, Cities, [ballot]);

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["ranked_ballots[0].ranks[1]"], error.ViolatedFields());
    }

    [Fact]
    public async Task A_score_outside_the_range_is_refused_naming_the_ballot_and_score()
    {
        var request = new TallyRequest { Score = new TallyScoreRule { Min = "0", Max = "10" }, Options = { "a", "b" } };
        request.ScoreBallots.Add(new TallyScoreBallot { Scores = { new TallyOptionScore { Option = "a", Score = "10" } } });
        request.ScoreBallots.Add(new TallyScoreBallot { Scores = { new TallyOptionScore { Option = "a", Score = "3" }, new TallyOptionScore { Option = "b", Score = "11" } } });

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["score_ballots[1].scores[1].score"], error.ViolatedFields());
        Assert.Contains("11 is outside the range 0 to 10", error.Status.Detail);
    }

    [Fact]
    public async Task Negative_weights_and_costs_are_refused_naming_the_ballot_and_project()
    {
        var request = new TallyRequest
        {
            GreedyBudget = new TallyGreedyBudgetRule { Budget = "100" },
            Projects = { new TallyProject { Id = "park", Cost = "60" }, new TallyProject { Id = "library", Cost = "-5" } },
            ApprovalBallots = { Approve("park"), new TallyApprovalBallot { Approved = { "library" }, Weight = "-1" } },
        };

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["projects[1].cost", "approval_ballots[1].weight"], error.ViolatedFields());
        Assert.Contains("must not be negative", error.Status.Detail);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData(" 2")]
    [InlineData("2.")]
    [InlineData("0x10")]
    [InlineData("1.00000000000000000000000000001")]
    public async Task A_malformed_decimal_is_refused_naming_the_field(string weight)
    {
        var request = new TallyRequest { Plurality = new(), Options = { "a" }, PluralityBallots = { new TallyPluralityBallot { Option = "a", Weight = weight } } };

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["plurality_ballots[0].weight"], error.ViolatedFields());
    }

    [Fact]
    public async Task Rule_parameters_are_checked_seats_lot_seed_and_budget()
    {
        var stv = Ranked(new TallyRequest { Stv = new TallyStvRule { Seats = 0 } }, ["a", "b"], [R("1", "a")]);
        stv.TieBreak = new TallyTieBreak { Kind = TallyTieBreakKind.Lot };
        var tooManySeats = Ranked(new TallyRequest { Stv = new TallyStvRule { Seats = 3 } }, ["a", "b"], [R("1", "a")]);
        var budget = new TallyRequest { EqualShares = new TallyEqualSharesRule { Budget = "lots" }, Projects = { new TallyProject { Id = "p", Cost = "1" } } };

        Assert.Equal(["stv.seats", "tie_break.seed"], (await Errors.CatchAsync(Api.TallyAsync(stv))).ViolatedFields());
        Assert.Equal(["stv.seats"], (await Errors.CatchAsync(Api.TallyAsync(tooManySeats))).ViolatedFields());
        Assert.Equal(["equal_shares.budget"], (await Errors.CatchAsync(Api.TallyAsync(budget))).ViolatedFields());
    }

    [Fact]
    public async Task Ballots_of_another_kind_than_the_rule_counts_are_refused_naming_the_list()
    {
        var request = Ranked(new TallyRequest { Plurality = new() }, Cities, Tennessee);

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["ranked_ballots"], error.ViolatedFields());
        Assert.Contains("plurality_ballots", error.Status.Detail);
    }

    [Fact]
    public async Task A_motion_without_threshold_or_base_is_refused_naming_each()
    {
        var request = new TallyRequest { Motion = new TallyMotionRule(), MotionBallots = { Votes(VoteChoice.Yes, "1") } };

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["motion.threshold", "motion.base"], error.ViolatedFields());
    }

    [Fact]
    public async Task Many_bad_ballots_are_listed_up_to_one_hundred_and_the_rest_counted()
    {
        var request = new TallyRequest { Plurality = new(), Options = { "a" } };
        request.PluralityBallots.AddRange(Enumerable.Range(0, 250).Select(_ => new TallyPluralityBallot { Option = "a", Weight = "x" }));

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        var fields = error.ViolatedFields();
        Assert.Equal(101, fields.Count);
        Assert.Equal("plurality_ballots[99].weight", fields[99]);
        Assert.Equal("plurality_ballots", fields[100]);
        Assert.Contains("150 further problems were not listed", error.Status.Detail);
    }

    [Fact]
    public async Task More_than_100000_ballots_are_refused()
    {
        var request = new TallyRequest { Plurality = new(), Options = { "a" } };
        request.PluralityBallots.AddRange(Enumerable.Range(0, 100_001).Select(_ => new TallyPluralityBallot { Option = "a" }));

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["plurality_ballots"], error.ViolatedFields());
    }

    [Fact]
    public async Task An_oversized_option_list_is_one_violation_not_one_per_entry()
    {
        var request = new TallyRequest { Approval = new(), Options = { Enumerable.Repeat("", 5_000) } };

        var error = await Errors.CatchAsync(Api.TallyAsync(request));

        Assert.Equal(["options"], error.ViolatedFields());
        Assert.Contains("at most 200 options", error.Status.Detail);
    }

    [Fact]
    public async Task One_hundred_thousand_distinct_rankings_well_over_4_MiB_are_counted()
    {
        var options = Enumerable.Range(1, 20).Select(i => $"option-{i:00}").ToArray();
        var random = new Random(2025);
        var request = new TallyRequest { InstantRunoff = new(), Options = { options } };
        request.RankedBallots.AddRange(Enumerable.Range(0, 100_000).Select(_ => new TallyRankedBallot { Ranking = { options.OrderBy(_ => random.Next()) } }));
        Assert.True(request.CalculateSize() > 16 * 1024 * 1024);

        var response = await Api.TallyAsync(request);

        Assert.Single(response.Outcome.Winners);
        Assert.Equal("100000", response.InstantRunoff.Rounds[0].Votes.Sum(v => decimal.Parse(v.Total)).ToString());
    }

    // ─── Helpers ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>A ranked ballot in the notation "A>B=C>D" (= is a tie), with its weight.</summary>
    private static TallyRankedBallot R(string weight, string ranking)
    {
        var ballot = new TallyRankedBallot { Weight = weight };
        var levels = ranking.Split('>');
        for (var level = 0; level < levels.Length; level++)
            foreach (var option in levels[level].Split('='))
            {
                ballot.Ranking.Add(option);
                ballot.Ranks.Add((uint)level + 1);
            }
        if (levels.All(l => !l.Contains('='))) ballot.Ranks.Clear();
        return ballot;
    }

    private static TallyRequest Ranked(TallyRequest request, IEnumerable<string> options, IEnumerable<TallyRankedBallot> ballots)
    {
        request.Options.AddRange(options);
        request.RankedBallots.AddRange(ballots);
        return request;
    }

    private static TallyApprovalBallot Approve(params string[] approved) => new() { Approved = { approved } };

    private static TallyMotionBallot Votes(VoteChoice choice, string weight, params string[] groups) =>
        new() { Choice = choice, Weight = weight, Groups = { groups } };

    private static (string, string, string) Single(IEnumerable<TallyVoteTransfer> transfers)
    {
        var t = Assert.Single(transfers);
        return (t.From, t.To, t.Votes);
    }

    private static string Row(TallyMatrixRow row) => string.Join(" ", row.Values);

    private static string Ticket(string seed, string option) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + option)));
}
