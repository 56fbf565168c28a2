using Deliberation.Api.V1;
using Deliberation.Server.Hosting;
using Grpc.Core;
using Grpc.Net.Client;

namespace Deliberation.Ballots.Benchmarks;

/// <summary>
/// The real server on a real database, with a session in its voting phase and many voters who
/// joined it. Each vote the benchmark casts is a distinct (voter, ballot) pair, so every one is a
/// first vote that the engine records, never a refusal.
/// </summary>
internal sealed class VotingWorld(DeliberationServer server, GrpcChannel[] channels, Metadata operatorToken,
    string proposalId, IReadOnlyList<Metadata> voters) : IAsyncDisposable
{
    private const string Credential = "benchmark-operator-credential";

    public int VoterCount => voters.Count;

    public static async Task<VotingWorld> StartAsync(string connectionString, string dataFolder, int voterCount, int connections)
    {
        var server = await DeliberationServer.StartAsync(new ServerOptions
        {
            ConnectionString = connectionString, DataDirectory = dataFolder, OperatorCredential = Credential, Port = 0, WebPort = 0,
        });
        var channels = Enumerable.Range(0, connections).Select(_ => GrpcChannel.ForAddress(server.Address)).ToArray();
        var token = (await new AccessService.AccessServiceClient(channels[0]).SignInOperatorAsync(new SignInOperatorRequest { Credential = Credential })).Token;
        var op = Bearer(token);
        var sessions = new SessionService.SessionServiceClient(channels[0]);
        var session = (await sessions.CreateSessionAsync(new CreateSessionRequest
        {
            RequestId = NewId(), Title = Text("Benchmark"), Languages = { "en" },
        }, op)).Session.SessionId;
        await sessions.ChangeSessionStatusAsync(new ChangeSessionStatusRequest { RequestId = NewId(), SessionId = session, Status = SessionStatus.Open }, op);

        var moderator = await JoinAsync(channels[0], op, session, Role.Moderator, voting: false);
        var voters = new Metadata[voterCount];
        await Parallel.ForEachAsync(Enumerable.Range(0, voterCount), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => voters[i] = await JoinAsync(channels[i % connections], op, session, Role.Participant, voting: true));

        await sessions.ChangeSessionStatusAsync(new ChangeSessionStatusRequest { RequestId = NewId(), SessionId = session, Status = SessionStatus.InProgress }, op);
        var agenda = new AgendaService.AgendaServiceClient(channels[0]);
        var item = await agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = session, Title = Text("Vote") }, op);
        await agenda.OpenRoundAsync(new OpenRoundRequest
        {
            RequestId = NewId(), SessionId = session, AgendaItemId = item.Session.Agenda[0].AgendaItemId, Phases = { new PhasePlan { Phase = Phase.Voting } },
        }, op);
        var proposal = (await new ProposalService.ProposalServiceClient(channels[0]).SubmitProposalAsync(new SubmitProposalRequest
        {
            RequestId = NewId(), SessionId = session, Title = Text("Benchmark proposal"), Paragraphs = { Text("Votes, as fast as they come.") },
            PhaseOverrideReason = "Submitted in the voting phase: the benchmark votes on it at once",
        }, moderator)).Proposal.ProposalId;
        return new VotingWorld(server, channels, op, proposal, voters);
    }

    /// <summary>Opens enough ballots for this many votes, and answers with the vote each operation number casts.</summary>
    public async Task<Func<int, Task>> VotesAsync(int count)
    {
        var admin = new BallotService.BallotServiceClient(channels[0]);
        var ballots = new List<string>();
        for (var i = 0; i < (count + voters.Count - 1) / voters.Count; i++)
            ballots.Add((await admin.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = proposalId }, operatorToken)).Ballot.BallotId);
        var clients = channels.Select(c => new BallotService.BallotServiceClient(c)).ToArray();
        return async n =>
        {
            var (voter, ballot) = (n % voters.Count, n / voters.Count);
            await clients[n % clients.Length].CastVoteAsync(new CastVoteRequest
            {
                RequestId = NewId(), BallotId = ballots[ballot], Choice = (VoteChoice)(n % 3 + 1),
            }, voters[voter]);
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in channels) channel.Dispose();
        await server.DisposeAsync();
    }

    private static async Task<Metadata> JoinAsync(GrpcChannel channel, Metadata op, string session, Role role, bool voting)
    {
        var code = (await new ParticipantService.ParticipantServiceClient(channel).CreateInvitationAsync(new CreateInvitationRequest
        {
            RequestId = NewId(), SessionId = session, Role = role, VotingRights = voting,
        }, op)).JoinCode;
        var joined = await new AccessService.AccessServiceClient(channel).JoinSessionAsync(new JoinSessionRequest { RequestId = NewId(), JoinCode = code, Name = $"p-{Guid.NewGuid():N}"[..12] });
        return Bearer(joined.Token);
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    private static string NewId() => Guid.NewGuid().ToString();

    private static LocalizedText Text(string text) => new() { Texts = { new Translation { Language = "en", Text = text } } };
}
