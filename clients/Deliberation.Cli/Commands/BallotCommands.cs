using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class BallotCommands
{
    public static Command Build() => new("ballot", "Open ballots, vote, close and read results")
    {
        Subcommands = { Open(), OpenOnOptions(), Vote(), Mark(), Withdraw(), Close(), Show(), Record(), Batch() },
    };

    private static Command Open()
    {
        var proposal = CommonOptions.Id("proposal-id", "proposal");
        var terms = new BallotTerms();
        var amendment = new Option<string>("--amendment") { Description = "Vote on this declined amendment of the proposal instead (adopted, it is merged)" };
        var rule = new Option<string>("--rule")
        {
            Description = "The majority needed (default simple: more yes than no), or consent (consent, stand aside or block; any block stops it)",
            HelpName = BallotRules.Names,
            DefaultValueFactory = _ => "simple",
            Validators = { result => { if (BallotRules.Named(result.GetValueOrDefault<string>()!, null) is null) result.AddError($"A rule is {BallotRules.Names}, not '{result.GetValueOrDefault<string>()}'."); } },
        };
        var inEach = new Option<string?>("--in-each") { Description = "A group dimension (e.g. community) in each of whose values the majority is needed too" };
        var command = new Command("open", "Open a ballot on a proposal in the current voting phase: yes/no/abstain, or consent with --rule consent") { Arguments = { proposal } };
        foreach (var option in new Option[] { rule, inEach, amendment }.Concat(terms.Options)) command.Options.Add(option);
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var request = terms.Request(parsed);
            request.ProposalId = parsed.GetValue(proposal)!;
            request.AmendmentId = parsed.GetValue(amendment) ?? "";
            request.Rule = BallotRules.Named(parsed.GetValue(rule)!, parsed.GetValue(inEach));
            var response = await Client(cli).OpenBallotAsync(request, cancellationToken: ct);
            Views.Show(cli, response.Ballot);
        }));
        return command;
    }

    private static Command OpenOnOptions()
    {
        var session = CommonOptions.Id("session-id", "session");
        var file = new Argument<string>("options-file")
        {
            Description = "The options and their counting method as BallotOptions in JSON (proto3 JSON; see protos/deliberation/v1/ballots.proto), or - for standard input",
        };
        var terms = new BallotTerms();
        var command = new Command("open-options", "Open a ballot on a set of options (a choice, an election, a participatory budget) in the current voting phase")
        {
            Arguments = { session, file },
        };
        foreach (var option in terms.Options) command.Options.Add(option);
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var request = terms.Request(parsed);
            request.SessionId = parsed.GetValue(session)!;
            request.Options = await JsonInput.ReadAsync<BallotOptions>(parsed.GetValue(file)!, ct);
            var response = await Client(cli).OpenBallotAsync(request, cancellationToken: ct);
            Views.Show(cli, response.Ballot);
        }));
        return command;
    }

    private static Command Vote()
    {
        var ballot = CommonOptions.Id("ballot-id", "ballot");
        var choice = new Argument<(VoteChoice Choice, TallyConsentChoice Position)>("choice")
        {
            Description = "yes, no or abstain; on a consent ballot consent, stand-aside or block",
            HelpName = "yes|no|abstain|consent|stand-aside|block",
            CustomParser = result => result.Tokens[0].Value.ToLowerInvariant() switch
            {
                "yes" => (VoteChoice.Yes, TallyConsentChoice.Unspecified),
                "no" => (VoteChoice.No, TallyConsentChoice.Unspecified),
                "abstain" => (VoteChoice.Abstain, TallyConsentChoice.Unspecified),
                "consent" => (VoteChoice.Unspecified, TallyConsentChoice.Consent),
                "stand-aside" => (VoteChoice.Unspecified, TallyConsentChoice.StandAside),
                "block" => (VoteChoice.Unspecified, TallyConsentChoice.Block),
                var other => Fail(result, other),
            },
        };
        var requestId = CommonOptions.RequestId();
        var command = new Command("vote", "Cast your vote on an open ballot (or change it, where the ballot allows); keep the receipt") { Arguments = { ballot, choice }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).CastVoteAsync(new CastVoteRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                BallotId = parsed.GetValue(ballot)!,
                Choice = parsed.GetValue(choice).Choice,
                Position = parsed.GetValue(choice).Position,
            }, cancellationToken: ct);
            Views.Show(cli, response);
        }));
        return command;

        static (VoteChoice, TallyConsentChoice) Fail(System.CommandLine.Parsing.ArgumentResult result, string given)
        {
            result.AddError($"A vote is yes, no or abstain (on consent: consent, stand-aside or block), not '{given}'.");
            return (VoteChoice.Unspecified, TallyConsentChoice.Unspecified);
        }
    }

    private static Command Mark()
    {
        var ballot = CommonOptions.Id("ballot-id", "ballot");
        var marks = new Argument<string[]>("option")
        {
            Description = "The options marked by key: the one chosen, those approved, or the ranking, most preferred first; KEY=SCORE on a score ballot; none for a blank paper",
            HelpName = "option[=score]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var requestId = CommonOptions.RequestId();
        var command = new Command("mark", "Cast your vote on an options ballot (or change it, where the ballot allows); keep the receipt")
        {
            Arguments = { ballot, marks }, Options = { requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var given = parsed.GetValue(marks) ?? [];
            var paper = new BallotMarks { Options = { given.Select(m => m.Split('=', 2)[0]) } };
            if (given.Any(m => m.Contains('=')))
                paper.Scores.AddRange(given.Select(m => m.Split('=', 2) is [_, var n] && int.TryParse(n, out var score)
                    ? score
                    : throw new InputError($"on a score ballot every option takes a whole score, as KEY=SCORE, not \"{m}\"")));
            var response = await Client(cli).CastVoteAsync(new CastVoteRequest
            {
                RequestId = parsed.GetValue(requestId)!, BallotId = parsed.GetValue(ballot)!, Marks = paper,
            }, cancellationToken: ct);
            Views.Show(cli, response);
        }));
        return command;
    }

    private static Command Withdraw()
    {
        var ballot = CommonOptions.Id("ballot-id", "ballot");
        var requestId = CommonOptions.RequestId();
        var command = new Command("withdraw", "Withdraw your vote, where the ballot allows changes") { Arguments = { ballot }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).WithdrawVoteAsync(new WithdrawVoteRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                BallotId = parsed.GetValue(ballot)!,
            }, cancellationToken: ct);
            Views.Show(cli, response);
        }));
        return command;
    }

    private static Command Close()
    {
        var ballot = CommonOptions.Id("ballot-id", "ballot");
        var requestId = CommonOptions.RequestId();
        var command = new Command("close", "Close a ballot and show its result") { Arguments = { ballot }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).CloseBallotAsync(new CloseBallotRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                BallotId = parsed.GetValue(ballot)!,
            }, cancellationToken: ct);
            Views.Show(cli, response.Ballot);
        }));
        return command;
    }

    private static Command Show()
    {
        var ballot = CommonOptions.Id("ballot-id", "ballot");
        var command = new Command("show", "Show a ballot, with its result once closed") { Arguments = { ballot } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).GetBallotAsync(new GetBallotRequest { BallotId = parsed.GetValue(ballot)! }, cancellationToken: ct);
            Views.Show(cli, response.Ballot);
        }));
        return command;
    }

    private static Command Record()
    {
        var ballot = CommonOptions.Id("ballot-id", "ballot");
        var command = new Command("record", "Show a closed ballot's published record: every vote counted, by receipt") { Arguments = { ballot } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = parsed.GetValue(ballot)! }, cancellationToken: ct);
            Views.Show(cli, response);
        }));
        return command;
    }

    private static Command Batch()
    {
        var ballot = CommonOptions.Id("ballot-id", "ballot");
        var kind = new Option<BatchKind>("--kind")
        {
            Description = "How the votes were taken in the room",
            HelpName = "paper|show-of-hands",
            DefaultValueFactory = _ => BatchKind.Paper,
            CustomParser = result => CommonOptions.OneOf<BatchKind>(result, "batch kind", "paper or show-of-hands"),
        };
        Option<int> Count(string choice) => new($"--{choice}") { Description = $"{choice} votes counted" };
        var (yes, no, abstain) = (Count("yes"), Count("no"), Count("abstain"));
        var (consent, standAside, block) = (Count("consent"), Count("stand-aside"), Count("block"));
        var papers = new Option<string?>("--papers")
        {
            Description = "On an options ballot: a file (or - for standard input) with the papers counted, by their marks, as proto3 JSON: "
                + "{\"papers\": [{\"marks\": {\"options\": [\"park\"]}, \"count\": 12}, ...]}",
        };
        var group = new Option<string?>("--group") { Description = "A group value the votes count in as well, as DIMENSION=VALUE" };
        var note = new Option<string?>("--note") { Description = "Where and by whom they were counted" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("batch", "Record votes counted in the room (paper or a show of hands) into an open ballot")
        {
            Arguments = { ballot }, Options = { kind, yes, no, abstain, consent, standAside, block, papers, group, note, requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var given = parsed.GetValue(group);
            var (dimension, value) = given is null ? ("", "") : given.Split('=', 2) is [var d, var v] ? (d, v) : throw new InputError($"--group takes DIMENSION=VALUE, not \"{given}\"");
            var request = parsed.GetValue(papers) is { } file ? await JsonInput.ReadAsync<RecordBallotBatchRequest>(file, ct) : new RecordBallotBatchRequest();
            request.RequestId = parsed.GetValue(requestId)!;
            request.BallotId = parsed.GetValue(ballot)!;
            request.Kind = parsed.GetValue(kind);
            (request.Yes, request.No, request.Abstain) = (parsed.GetValue(yes), parsed.GetValue(no), parsed.GetValue(abstain));
            (request.Consent, request.StandAside, request.Block) = (parsed.GetValue(consent), parsed.GetValue(standAside), parsed.GetValue(block));
            (request.Dimension, request.Value, request.Note) = (dimension, value, parsed.GetValue(note) ?? "");
            var response = await Client(cli).RecordBallotBatchAsync(request, cancellationToken: ct);
            Views.Show(cli, response.Ballot);
        }));
        return command;
    }

    private static BallotService.BallotServiceClient Client(CliContext cli) => new(cli.Channel);
}
