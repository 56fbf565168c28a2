using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Thousands of voters over many connections, while the ballot closes: each acknowledged vote counts once, as last acknowledged.</summary>
public class ConcurrentVotingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const int VoterCount = 2000;
    private const int Connections = 32;

    [Fact]
    public async Task Votes_cast_changed_and_retried_while_the_ballot_closes_count_exactly_as_last_acknowledged()
    {
        var (room, ballot, standing, closed) = await VoteWhileClosingAsync(BallotSecrecy.Public);

        var record = await room["moderator"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });
        var acknowledged = standing.Select(s => (s.Receipt, s.Choice, s.Voter.ParticipantId)).ToHashSet();
        var counted = record.Votes.Select(v => (v.Receipt, v.Choice, v.VoterId)).ToHashSet();
        Assert.Empty(acknowledged.Except(counted).Select(v => $"acknowledged, not counted: {v}")
            .Concat(counted.Except(acknowledged).Select(v => $"counted, not acknowledged: {v}")));
        AssertCountedAsAcknowledged(standing, closed);
        AssertRecountsTo(record);
    }

    [Fact]
    public async Task On_a_secret_ballot_the_same_holds_and_nothing_stored_or_answered_links_a_voter_to_a_choice()
    {
        var (room, ballot, standing, closed) = await VoteWhileClosingAsync(BallotSecrecy.Secret);

        AssertCountedAsAcknowledged(standing, closed);
        var record = await room["voter-0"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });
        // Each voter finds their own receipt with their own choice; the record names nobody.
        Assert.Equal(standing.Select(s => (s.Receipt, s.Choice)).Order(), record.Votes.Select(v => (v.Receipt, v.Choice)).Order());
        Assert.All(record.Votes, v => Assert.Equal("", v.VoterId));
        AssertRecountsTo(record);
        // What the database keeps of each voter's vote and request holds neither a choice nor a receipt, and the key is gone.
        var stored = await engine.StoredAboutVotersAsync(ballot.BallotId);
        Assert.True(stored.Count >= standing.Count);
        // Answers stored inside records are JSON within JSON: compare without the escapes.
        Assert.DoesNotContain(stored.Select(row => row.Replace("\\", "")), row => row.Contains("\"Yes\"") || row.Contains("\"No\"") || row.Contains("\"Abstain\""));
        var receipts = standing.Select(s => s.Receipt).ToHashSet();
        Assert.DoesNotContain(stored, row => receipts.Any(row.Contains));
        Assert.False(File.Exists(Path.Combine(engine.DataDirectory, "ballot-keys", $"{Guid.Parse(ballot.BallotId):N}.key")));
    }

    [Fact]
    public async Task Voters_casting_at_once_and_retrying_are_each_counted_once()
    {
        var room = await Room.WithManyVotersAsync(engine, 200);
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var clients = SharedConnections();
        var votes = Voters(room).Select((voter, i) => (Voter: voter, Request: Vote(ballot.BallotId, VoteChoice.Yes), Client: clients[i % Connections])).ToList();

        // Every vote is sent twice at once, as a client that timed out and retried would.
        await Task.WhenAll(votes.Concat(votes).Select(v => v.Client.CastVoteAsync(v.Request, Bearer(v.Voter)).ResponseAsync));
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;

        Assert.Equal(200, closed.Result.Yes);
    }

    private sealed record Standing(Person Voter, VoteChoice Choice, string Receipt);

    /// <summary>
    /// Each voter casts, sends the same request again at once (a client that timed out and retried),
    /// then changes their vote and retries that too; the moderator closes the ballot when half have
    /// voted. Answers with each voter's last acknowledged vote and the closed ballot.
    /// </summary>
    private async Task<(Room Room, Ballot Ballot, IReadOnlyList<Standing> Standing, Ballot Closed)> VoteWhileClosingAsync(BallotSecrecy secrecy)
    {
        var room = await Room.WithManyVotersAsync(engine, VoterCount);
        var (_, ballot) = await room.ProposalWithBallotAsync(changesAllowed: true, secrecy: secrecy);
        var acknowledged = 0;
        var closing = new TaskCompletionSource();

        async Task<Standing?> VoteAsync(Person voter, int index, BallotService.BallotServiceClient client)
        {
            VoteChoice first = (VoteChoice)(index % 3 + 1), second = (VoteChoice)((index + 1) % 3 + 1);
            Standing? standing = null;
            try
            {
                var cast = Vote(ballot.BallotId, first);
                var answers = await Task.WhenAll(client.CastVoteAsync(cast, Bearer(voter)).ResponseAsync, client.CastVoteAsync(cast, Bearer(voter)).ResponseAsync);
                AssertSameAnswer(answers[0], answers[1]);
                // Of two copies sent at once, one was recorded and answered with the receipt; the other may be its
                // replay after a secret ballot closed, with none.
                standing = new Standing(voter, first, answers.Max(a => a.Receipt)!);
                if (Interlocked.Increment(ref acknowledged) == VoterCount / 2) closing.TrySetResult();
                var change = Vote(ballot.BallotId, second);
                var changed = await client.CastVoteAsync(change, Bearer(voter));
                standing = new Standing(voter, second, changed.Receipt);
                AssertSameAnswer(changed, await client.CastVoteAsync(change, Bearer(voter)));
                Assert.NotEqual(answers[0].Receipt, changed.Receipt);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition && e.Reason() == "BALLOT_CLOSED")
            {
            }
            return standing;
        }

        // A retry answered after a secret ballot closed has no receipt: the key that could open it is gone.
        void AssertSameAnswer(CastVoteResponse first, CastVoteResponse retry)
        {
            if (secrecy == BallotSecrecy.Secret && (first.Receipt == "" || retry.Receipt == ""))
                Assert.Equal((first.VoteId, first.CastAt), (retry.VoteId, retry.CastAt));
            else
                Assert.Equal(first, retry);
        }

        var clients = SharedConnections();
        var votes = Voters(room).Select((voter, i) => VoteAsync(voter, i, clients[i % Connections])).ToList();
        await closing.Task;
        var open = (await room["moderator"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot;
        Assert.Equal(secrecy == BallotSecrecy.Public, open.RunningTotals is not null);
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;
        return (room, ballot, (await Task.WhenAll(votes)).OfType<Standing>().ToList(), closed);
    }

    private static void AssertCountedAsAcknowledged(IReadOnlyList<Standing> standing, Ballot closed)
    {
        Assert.Equal(
            (standing.Count(s => s.Choice == VoteChoice.Yes), standing.Count(s => s.Choice == VoteChoice.No), standing.Count(s => s.Choice == VoteChoice.Abstain)),
            (closed.Result.Yes, closed.Result.No, closed.Result.Abstain));
        Assert.InRange(standing.Count, VoterCount / 2, VoterCount);
        Assert.Equal(standing.Count, closed.VotesStanding);
    }

    /// <summary>Anyone can recount the published record: it gives the published result.</summary>
    private static void AssertRecountsTo(GetBallotRecordResponse record)
    {
        var result = record.Ballot.Result;
        Assert.Equal((result.Yes, result.No, result.Abstain),
            (record.Votes.Count(v => v.Choice == VoteChoice.Yes), record.Votes.Count(v => v.Choice == VoteChoice.No), record.Votes.Count(v => v.Choice == VoteChoice.Abstain)));
        Assert.Equal(result.Adopted, result.Yes > result.No);
    }

    private static IEnumerable<Person> Voters(Room room) => room.People.Where(p => p.Name.StartsWith("voter-"));

    // Many voters share a few connections, as they would behind a front end; each call carries its voter's token.
    private BallotService.BallotServiceClient[] SharedConnections() =>
        Enumerable.Range(0, Connections).Select(_ => new BallotService.BallotServiceClient(Channels.For(engine.Server.Address, null))).ToArray();

    private static Metadata Bearer(Person voter) => new() { { "Authorization", $"Bearer {voter.Token}" } };
}
