using Deliberation.Cli;

return await Delib.RunAsync(args, Console.Out, Console.Error);
