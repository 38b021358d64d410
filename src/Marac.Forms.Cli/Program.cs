using Marac.Forms.Cli;

return CliApp.Run(args, CliOutput.Console());
