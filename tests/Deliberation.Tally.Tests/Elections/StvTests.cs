using Deliberation.Tally.Choices;
using Deliberation.Tally.Elections;
using static Deliberation.Tally.Tests.Choices.Profiles;

namespace Deliberation.Tally.Tests.Elections;

public class StvTests
{
    // Wikipedia, "Single transferable vote", the food election: 20 guests, 3 of 5 foods, Droop quota 6.
    private static readonly string[] Foods = ["Oranges", "Pears", "Chocolate", "Strawberries", "Sweets"];

    private static readonly RankedBallot[] Guests =
    [
        R(4, "Oranges"),
        R(2, "Pears>Oranges"),
        R(8, "Chocolate>Strawberries"),
        R(4, "Chocolate>Sweets"),
        R(1, "Strawberries"),
        R(1, "Sweets"),
    ];

    [Fact]
    public void The_food_election_elects_Chocolate_Oranges_and_Strawberries()
    {
        var result = Stv.Tally(Foods, Guests, new StvRule(3));

        Assert.True(result.Complete);
        Assert.Equal(["Chocolate", "Oranges", "Strawberries"], result.Elected);
        Assert.Equal(6, result.Detail.Quota);
        var r = result.Detail.Rounds;
        Assert.Equal(["FirstCount Chocolate", "Surplus Chocolate", "Exclusion Pears Oranges", "Exclusion Sweets", "FillRemaining Strawberries"],
            r.Select(x => string.Join(" ", new[] { x.Action.ToString(), x.Candidate }.Concat(x.Elected).Where(s => s is not null).Distinct())));
        // Chocolate's 6 surplus votes move at 6/12 = 0.5: 4 to Strawberries, 2 to Sweets.
        Assert.Equal(0.5m, r[1].TransferValue);
        Assert.Equal([new VoteTransfer("Chocolate", "Strawberries", 4), new VoteTransfer("Chocolate", "Sweets", 2)], r[1].Transfers);
        Assert.Equal(0, r[^1].LostToRounding);
    }

    [Fact]
    public void One_ballot_per_guest_gives_the_same_count()
    {
        var weighted = Stv.Tally(Foods, Guests, new StvRule(3));
        var separate = Stv.Tally(Foods, Expand(Guests), new StvRule(3));

        Assert.Equal(weighted.Text, separate.Text);
        Assert.Equal(weighted.Detail.Rounds.Select(r => r.Votes.Sum(v => v.Total)), separate.Detail.Rounds.Select(r => r.Votes.Sum(v => v.Total)));
    }

    [Fact]
    public void The_Hare_quota_is_votes_over_seats()
    {
        var result = Stv.Tally(Foods, Guests, new StvRule(3, QuotaKind.Hare));

        Assert.Equal(20m / 3, result.Detail.Quota);
        Assert.Equal("Chocolate", result.Elected[0]);
        Assert.Equal(3, result.Elected.Count);
    }

    [Fact]
    public void Fractional_transfer_values_are_truncated_to_nine_places_and_the_loss_is_reported()
    {
        // 10 votes, 2 seats: Droop quota floor(10/3)+1 = 4. A has 7, so 3 surplus votes move at 3/7:
        // 5 × 3/7 = 2.142857142|857... and 2 × 3/7 = 0.857142857|142..., each truncated to 9 places.
        var result = Stv.Tally(["A", "B", "C"], [R(5, "A>B"), R(2, "A>C"), R(2, "C"), R(1, "B")], new StvRule(2));

        var surplus = result.Detail.Rounds[1];
        Assert.Equal(3m / 7, surplus.TransferValue);
        Assert.Equal([new VoteTransfer("A", "B", 2.142857142m), new VoteTransfer("A", "C", 0.857142857m)], surplus.Transfers);
        Assert.Equal(0.000000001m, surplus.LostToRounding);
        Assert.Equal(["A", "B"], result.Elected);
    }

    [Fact]
    public void An_exclusion_tie_without_a_tie_break_stops_the_count_and_is_reported()
    {
        var result = Stv.Tally(["A", "B", "C"], [R(1, "A"), R(1, "B"), R(1, "C")], new StvRule(1));

        Assert.False(result.Complete);
        Assert.Empty(result.Elected);
        Assert.StartsWith("Incomplete", result.Text);
        Assert.Equal(Stv.Tally(["A", "B", "C"], [R(1, "A"), R(1, "B"), R(1, "C")], new StvRule(1, TieBreak: TieBreak.ByLot("s"))).Elected,
            [Lot.Order("s", ["A", "B", "C"])[0]]);
    }

    [Fact]
    public void Seats_outside_one_to_the_candidate_count_and_tied_ranks_are_rejected()
    {
        var error = Assert.Throws<TallyInputError>(() => Stv.Tally(["A", "B"], [RankedBallot.WithTies(1, ["A", "B"])], new StvRule(3)));

        Assert.Equal(["rule.seats", "ballots[0].ranks[1]"], error.Violations.Select(v => v.Path));
    }
}
