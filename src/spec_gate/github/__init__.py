"""The GitHub action: runner environment, events, the API client, and the run that ties them."""
