using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class SessionCommands
{
    public static Command Build() => new("session", "Create and read sessions")
    {
        Subcommands = { Create(), Show() },
    };

    private static Command Create()
    {
        var title = CommonOptions.Texts("--title", "session's title");
        var languages = new Option<string[]>("--language", "-l")
        {
            Description = "A working language (BCP-47 tag such as sq, sr-Latn, sr-Cyrl, en); repeat for each",
            Required = true,
        };
        var requestId = CommonOptions.RequestId();
        var command = new Command("create", "Create a session") { Options = { title, languages, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new SessionService.SessionServiceClient(cli.Channel).CreateSessionAsync(new CreateSessionRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                Title = CommonOptions.ToLocalizedText(parsed.GetValue(title)!, "--title"),
                Languages = { parsed.GetValue(languages)! },
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command Show()
    {
        var id = CommonOptions.Id("session-id", "session");
        var command = new Command("show", "Show a session") { Arguments = { id } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new SessionService.SessionServiceClient(cli.Channel)
                .GetSessionAsync(new GetSessionRequest { SessionId = parsed.GetValue(id)! }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }
}
