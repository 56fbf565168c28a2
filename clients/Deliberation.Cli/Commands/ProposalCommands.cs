using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class ProposalCommands
{
    public static Command Build() => new("proposal", "Submit and read proposals")
    {
        Subcommands = { Submit(), Show() },
    };

    private static Command Submit()
    {
        var session = CommonOptions.Id("session-id", "session");
        var title = CommonOptions.Texts("--title", "proposal's title");
        var body = CommonOptions.Texts("--body", "proposal's text");
        var requestId = CommonOptions.RequestId();
        var command = new Command("submit", "Submit a proposal to a session") { Arguments = { session }, Options = { title, body, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new ProposalService.ProposalServiceClient(cli.Channel).SubmitProposalAsync(new SubmitProposalRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                Title = CommonOptions.ToLocalizedText(parsed.GetValue(title)!, "--title"),
                Body = CommonOptions.ToLocalizedText(parsed.GetValue(body)!, "--body"),
            }, cancellationToken: ct);
            Views.Show(cli, response.Proposal);
        }));
        return command;
    }

    private static Command Show()
    {
        var id = CommonOptions.Id("proposal-id", "proposal");
        var command = new Command("show", "Show a proposal") { Arguments = { id } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new ProposalService.ProposalServiceClient(cli.Channel)
                .GetProposalAsync(new GetProposalRequest { ProposalId = parsed.GetValue(id)! }, cancellationToken: ct);
            Views.Show(cli, response.Proposal);
        }));
        return command;
    }
}
