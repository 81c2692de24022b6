# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

w# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

`# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

k# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

`# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

`# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

k# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

`# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

;# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

w# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

w# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

F# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

G# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

F# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

G# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

?# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

w# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

k# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

K# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

B# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

?# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

*# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

*# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

k# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

B# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

F# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

># Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

3# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

|# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

k# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

k# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

&# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

&# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

@# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

V# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

L# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

U# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

R# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

># Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

&# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

1# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

|# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

D# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

W# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

^# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

!# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

!# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

^# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

*# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

*# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

*# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

*# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

'# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

|# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

|# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

@# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

j# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

## Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

w# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

w# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

k# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

F# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

G# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

@# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

C# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

F# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

I# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

G# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

S# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

;# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

"# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

=# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

"# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

;# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

_# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

.# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

g# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

|# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

|# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

x# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

1# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

;# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

\# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

v# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

M# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

A# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

K# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

E# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

2# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

$# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

(# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

P# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

Y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

T# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

H# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

O# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

N# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

)# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

q# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

s# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

/# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

p# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

y# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

t# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

h# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

o# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

c# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

e# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

a# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

n# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

:# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

	# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

m# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

-# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

r# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

f# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

 # Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

b# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

u# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

i# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

l# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

d# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status


# Each config runs to the end; the summary table is printed, then the exit
# status says whether any config had an unexpected outcome.
e2e: setup
	@mkdir -p build/e2e; status=0; \
	for config in $(E2E_CONFIGS); do \
	  echo "=== e2e suite: -c $$config ==="; \
	  $(PYTHON) -m e2e_testing.main -c $$config --junitxml build/e2e/$$config.xml || status=1; \
	done; \
	$(PYTHON) -m e2e_testing.summary $(foreach c,$(E2E_CONFIGS),build/e2e/$(c).xml); \
	exit $$status

