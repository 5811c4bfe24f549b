using SupportPlan.Samples.MunicipalityInbox;

return MunicipalityInboxSample.Run(args, Console.Out, Console.Error);
